/// `kitchen`: the engine, headless, for authors, teachers and tests.
///
///   kitchen run program.py [--threads real|single] [--seed N] [--trace t.jsonl]
///                          [--record r.kitchenrun] [--speed X] [--time virtual|real]
///                          [--max-steps N] [--timeout S]
///   kitchen replay r.kitchenrun [--threads real|single]
///
/// Exit codes: the program's own (0, 1 for an uncaught exception, or what
/// sys.exit gave), 3 for a deadlock, 2 for bad usage.

import { readFileSync } from 'node:fs'
import { runProgram, EXIT_DEADLOCK, EXIT_DIVERGED } from '../engine/index.ts'
import { makeRunFile, readRunFile, replay, replayOnThreads, RunFileError, type RunFile } from '../host/runfile.ts'
import { runOnWorkers, closeDefaultPool, SWITCH_INTERVAL_MS } from '../host/pool.ts'
import { traceToJsonl } from '../engine/trace.ts'
import { UsageError, parseFlags, intFlag, writeAtomic, readProgram, type Flags } from './flags.ts'
import { cmdInspect, INSPECT_USAGE } from './inspect.ts'
import { cmdInspectLevel, INSPECT_LEVEL_USAGE } from './inspect-level.ts'
import { cmdLevel } from './level-check.ts'
import { cmdPlay } from './play.ts'
import { cmdExport } from './export.ts'
import { cmdPack, PACK_USAGE } from './pack.ts'

const USAGE = `usage: kitchen run PROGRAM.py [--threads real|single] [--seed N] [--trace FILE.jsonl]
                          [--record FILE.kitchenrun] [--speed X] [--schedule free|seeded]
                          [--switch-interval MS]
                          [--time virtual|real] [--switch-points cpython|language]
                          [--max-steps N] [--timeout SECONDS]
       kitchen replay FILE.kitchenrun [--threads real|single]
${INSPECT_USAGE}
${INSPECT_LEVEL_USAGE}
       kitchen level check DIR|LEVEL... [--no-inspect]
       kitchen play LEVEL --solution FIX.py [--seed N] [--json]
       kitchen export LEVEL --solution FIX.py -o DIR
${PACK_USAGE}

run: runs a Python threading program in the kitchen VM, printing what python3 prints.
  --threads real (default): every Python thread on its own worker thread; the
  operating system decides who runs (--schedule free, real time, scaled by
  --speed) or the seed does (--schedule seeded, virtual time). In a free run a
  thread waiting for the GIL asks for it after --switch-interval ms (default 5,
  CPython's sys.getswitchinterval()).
  --threads single: all threads on one JS thread, the seed decides.
replay: runs a recorded run again, following its recording, and checks that the
trace is the same, event for event.
level check: loads levels (every problem at file:line:column) and judges each
reference and known-wrong solution. play: one run of a solution, then the
judge's verdict. export: the solution and kitchen.py, runnable with python3.
LEVEL is a level file or a level id from levels/.
Exit codes: the program's (0 ok, 1 uncaught exception), ${EXIT_DEADLOCK} deadlock,
2 bad usage or a bad run file, ${EXIT_DIVERGED} a replay that left its recording.
inspect: 0 certified, 1 refuted, 3 inconclusive, 2 bad usage or a program that does not parse.
play: 0 the level is cleared, 1 not.
pack build: a teacher's level pack from a folder (pack.yaml and *.level.yaml), checked
as the app checks it; pack check: a .kitchenpack as the app would open it (docs/kitchenpack.md).
pack: 0 a good pack, 1 a refused one (every problem printed).`

export { writeAtomic }

function floatFlag(flags: Flags, name: string, dflt: number): number {
  const v = flags.values.get(name)
  if (v === undefined) return dflt
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, not '${v}'`)
  return n
}

function choice<T extends string>(flags: Flags, name: string, allowed: readonly T[], dflt: T): T {
  const v = flags.values.get(name) ?? dflt
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not '${v}'`)
  return v as T
}

async function cmdRun(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, new Set(['seed', 'trace', 'time', 'max-steps', 'timeout', 'record', 'switch-points', 'threads', 'speed', 'schedule', 'switch-interval']))
  if (flags.positional.length !== 1) throw new UsageError('run needs exactly one program file')
  const file = flags.positional[0]
  const source = readProgram(file)
  if (source === null) return 2
  const threads = choice(flags, 'threads', ['real', 'single'] as const, 'real')
  const schedule = choice(flags, 'schedule', ['free', 'seeded'] as const, 'free')
  const switchPoints = choice(flags, 'switch-points', ['cpython', 'language'] as const, 'cpython')
  const freeRun = threads === 'real' && schedule === 'free'
  const time = choice(flags, 'time', ['virtual', 'real'] as const, freeRun ? 'real' : 'virtual')
  if (freeRun && time !== 'real') throw new UsageError('a free run on real threads runs in real time (use --schedule seeded or --threads single for virtual time)')
  if (threads === 'single' && flags.values.has('schedule')) throw new UsageError('--schedule is for --threads real')
  const tracePath = flags.values.get('trace')
  const recordPath = flags.values.get('record')
  if (recordPath && threads === 'single' && time === 'real') throw new UsageError('--record on one thread needs --time virtual (record real-time runs on real threads)')
  const seed = intFlag(flags, 'seed', 1)
  const maxSteps = intFlag(flags, 'max-steps', 10_000_000)
  const timeout = intFlag(flags, 'timeout', 0)
  const speed = floatFlag(flags, 'speed', 1)
  const switchIntervalMs = floatFlag(flags, 'switch-interval', SWITCH_INTERVAL_MS)
  if (flags.values.has('switch-interval') && !freeRun) throw new UsageError('--switch-interval is for free runs on real threads (the seed decides the others)')
  const onOutput = (text: string, toStderr: boolean): boolean => (toStderr ? process.stderr : process.stdout).write(text)
  const wantTrace = tracePath !== undefined || recordPath !== undefined
  let result
  if (threads === 'single') {
    result = runProgram(source, { filename: file, seed, maxSteps, timeout, time, switchPoints, trace: wantTrace, onOutput })
  } else {
    const cancel = new AbortController()
    const onSigint = (): void => cancel.abort()
    process.once('SIGINT', onSigint)
    try {
      result = await runOnWorkers(source, {
        filename: file, seed, maxSteps, timeout, switchPoints, trace: wantTrace, onOutput, speed, switchIntervalMs,
        mode: schedule === 'free' ? 'free' : 'controlled', time, signal: cancel.signal,
      })
    } finally {
      process.removeListener('SIGINT', onSigint)
      await closeDefaultPool()
    }
  }
  if (tracePath) writeAtomic(tracePath, traceToJsonl(result.trace))
  if (recordPath) writeAtomic(recordPath, JSON.stringify(makeRunFile(file, source, seed, { time, maxSteps, threads, speed }, result)) + '\n')
  return result.exitCode
}

async function cmdReplay(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, new Set(['threads']))
  if (flags.positional.length !== 1) throw new UsageError('replay needs exactly one run file')
  const threads = choice(flags, 'threads', ['real', 'single'] as const, 'real')
  const path = flags.positional[0]
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    process.stderr.write(`kitchen: can't open run file '${path}'\n`)
    return 2
  }
  let run: RunFile
  try {
    run = readRunFile(text, path)
  } catch (e) {
    if (e instanceof RunFileError) {
      process.stderr.write(`kitchen: ${e.message}\n`)
      return 2
    }
    throw e
  }
  const write = (t: string, toStderr: boolean): boolean => (toStderr ? process.stderr : process.stdout).write(t)
  let out
  if (threads === 'single') out = replay(run, write)
  else {
    try {
      out = await replayOnThreads(run, write)
    } finally {
      await closeDefaultPool()
    }
  }
  if (out.result.exitCode === EXIT_DIVERGED) return EXIT_DIVERGED
  if (!out.same) {
    process.stderr.write(`kitchen: the replay's trace differs from the recorded one (hash ${out.hash.slice(0, 12)}, recorded ${run.traceHash.slice(0, 12)})\n`)
    return EXIT_DIVERGED
  }
  return out.result.exitCode
}

/// Runs the CLI; returns the exit code.
let quietOnClosedPipe = false

export async function main(argv: string[]): Promise<number> {
  // a reader that goes away (`kitchen run p.py | head`) ends the command quietly
  if (!quietOnClosedPipe) {
    quietOnClosedPipe = true
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e })
    }
  }
  try {
    const [cmd, ...rest] = argv
    switch (cmd) {
      case 'run': return await cmdRun(rest)
      case 'replay': return await cmdReplay(rest)
      case 'level': return cmdLevel(rest)
      case 'play': return cmdPlay(rest)
      case 'export': return cmdExport(rest)
      case 'pack': return cmdPack(rest)
      // with --solution, LEVEL is a level and the file a solution of it
      case 'inspect': return rest.some((a) => a === '--solution' || a.startsWith('--solution=')) ? cmdInspectLevel(rest) : cmdInspect(rest)
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
