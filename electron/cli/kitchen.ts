/// `kitchen`: the engine, headless, for authors, teachers and tests.
///
///   kitchen run program.py [--seed N] [--trace t.jsonl] [--time virtual|real]
///                          [--max-steps N] [--timeout S]
///
/// Exit codes: the program's own (0, 1 for an uncaught exception, or what
/// sys.exit gave), 3 for a deadlock, 2 for bad usage.

import { readFileSync } from 'node:fs'
import { runProgram, EXIT_DEADLOCK, EXIT_DIVERGED } from '../engine/index.ts'
import { makeRunFile, readRunFile, replay, RunFileError } from '../host/runfile.ts'
import { traceToJsonl } from '../engine/trace.ts'
import { UsageError, parseFlags, intFlag, writeAtomic } from './flags.ts'
import { cmdInspect, INSPECT_USAGE } from './inspect.ts'

const USAGE = `usage: kitchen run PROGRAM.py [--seed N] [--trace FILE.jsonl] [--record FILE.kitchenrun]
                          [--time virtual|real] [--switch-points cpython|language]
                          [--max-steps N] [--timeout SECONDS]
       kitchen replay FILE.kitchenrun [--threads single]
${INSPECT_USAGE}

run: runs a Python threading program in the kitchen VM, printing what python3 prints.
replay: runs a recorded run again, following its recording, and checks that the
trace is the same, event for event.
Exit codes: the program's (0 ok, 1 uncaught exception), ${EXIT_DEADLOCK} deadlock,
2 bad usage or a bad run file, ${EXIT_DIVERGED} a replay that left its recording.
inspect: 0 certified, 1 refuted, 3 inconclusive, 2 bad usage or a program that does not parse.`

function cmdRun(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['seed', 'trace', 'time', 'max-steps', 'timeout', 'record', 'switch-points']))
  if (flags.positional.length !== 1) throw new UsageError('run needs exactly one program file')
  const file = flags.positional[0]
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch {
    process.stderr.write(`kitchen: can't open file '${file}': [Errno 2] No such file or directory\n`)
    return 2
  }
  const time = flags.values.get('time') ?? 'virtual'
  if (time !== 'virtual' && time !== 'real') throw new UsageError(`--time must be virtual or real, not '${time}'`)
  const switchPoints = flags.values.get('switch-points') ?? 'cpython'
  if (switchPoints !== 'cpython' && switchPoints !== 'language') throw new UsageError(`--switch-points must be cpython or language, not '${switchPoints}'`)
  const tracePath = flags.values.get('trace')
  const recordPath = flags.values.get('record')
  if (recordPath && time === 'real') throw new UsageError('--record needs --time virtual (recording real-time runs comes with real threads)')
  const seed = intFlag(flags, 'seed', 1)
  const maxSteps = intFlag(flags, 'max-steps', 10_000_000)
  const result = runProgram(source, {
    filename: file,
    seed,
    maxSteps,
    timeout: intFlag(flags, 'timeout', 0),
    time,
    switchPoints,
    trace: tracePath !== undefined || recordPath !== undefined,
    onOutput: (text, toStderr) => (toStderr ? process.stderr : process.stdout).write(text),
  })
  if (tracePath) writeAtomic(tracePath, traceToJsonl(result.trace))
  if (recordPath) writeAtomic(recordPath, JSON.stringify(makeRunFile(file, source, seed, { time: 'virtual', maxSteps }, result)) + '\n')
  return result.exitCode
}

function cmdReplay(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['threads']))
  if (flags.positional.length !== 1) throw new UsageError('replay needs exactly one run file')
  const threads = flags.values.get('threads') ?? 'single'
  if (threads !== 'single') throw new UsageError(`--threads ${threads}: only 'single' replays are available so far`)
  const path = flags.positional[0]
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    process.stderr.write(`kitchen: can't open run file '${path}'\n`)
    return 2
  }
  let run
  try {
    run = readRunFile(text, path)
  } catch (e) {
    if (e instanceof RunFileError) {
      process.stderr.write(`kitchen: ${e.message}\n`)
      return 2
    }
    throw e
  }
  const out = replay(run, (t, toStderr) => (toStderr ? process.stderr : process.stdout).write(t))
  if (out.result.exitCode === EXIT_DIVERGED) return EXIT_DIVERGED
  if (!out.same) {
    process.stderr.write(`kitchen: the replay's trace differs from the recorded one (hash ${out.hash.slice(0, 12)}, recorded ${run.traceHash.slice(0, 12)})\n`)
    return EXIT_DIVERGED
  }
  return out.result.exitCode
}

/// Runs the CLI; returns the exit code.
export function main(argv: string[]): number {
  try {
    const [cmd, ...rest] = argv
    switch (cmd) {
      case 'run': return cmdRun(rest)
      case 'replay': return cmdReplay(rest)
      case 'inspect': return cmdInspect(rest)
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(USAGE + '\n')
        return cmd === undefined ? 2 : 0
      default: throw new UsageError(`unknown command '${cmd}'`)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kitchen: ${e.message}\n${USAGE}\n`)
      return 2
    }
    throw e
  }
}
