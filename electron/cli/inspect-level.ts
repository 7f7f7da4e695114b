/// `kitchen inspect LEVEL --solution FIX.py [--bound N] [--switch-points language|cpython] [--json] [--out FILE]`:
/// explores the solution's interleavings with the level's goals as the check
/// on every run. `--out FILE.kitchenrun` writes a refutation's counterexample
/// as a run file that `kitchen replay` plays. Exit codes as for programs:
/// 0 certified, 1 refuted, 3 inconclusive (a budget ran out).

import { inspectLevel, checkSolution, SolutionRefused, INSPECT_MAX_STEPS } from '../levels/index.ts'
import { replayFailure, formatReport, reportToJson } from '../inspect/index.ts'
import type { Failure } from '../inspect/api.ts'
import { makeRunFile } from '../host/runfile.ts'
import { UsageError, parseFlags, intFlag, writeAtomic, durationsFlag } from './flags.ts'
import { resolveLevel, readSolution } from './levelarg.ts'

export const INSPECT_LEVEL_USAGE = `       kitchen inspect LEVEL --solution FIX.py [--bound K] [--switch-points language|cpython]
                          [--max-schedules N] [--time-limit SECONDS] [--no-reduction] [--durations J [--timeouts-vary]]
                          [--json] [--out FILE.kitchenrun]   (--durations: the level's own unless given; 0 for exact)`

export function cmdInspectLevel(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['solution', 'bound', 'switch-points', 'time-limit', 'max-schedules', 'out', 'durations']), new Set(['json', 'no-reduction', 'timeouts-vary']))
  if (flags.positional.length !== 1) throw new UsageError('inspect needs exactly one level (a file or an id)')
  const level = resolveLevel(flags.positional[0])
  const source = readSolution(flags.values.get('solution'))
  const sp = flags.values.get('switch-points') ?? 'language'
  if (sp !== 'language' && sp !== 'cpython') throw new UsageError(`--switch-points must be language or cpython, not '${sp}'`)
  try {
    checkSolution(level, source)
  } catch (e) {
    if (!(e instanceof SolutionRefused)) throw e
    process.stderr.write(`kitchen: this is not a solution of '${level.id}':\n${e.message}\n`)
    return 1
  }
  const json = flags.switches.has('json')
  const { report, kind } = inspectLevel(level, source, {
    bound: intFlag(flags, 'bound', level.inspect.bound), switchPoints: sp,
    timeLimit: intFlag(flags, 'time-limit', 10),
    ...(flags.values.has('max-schedules') ? { maxSchedules: intFlag(flags, 'max-schedules', 0) } : {}),
    reduction: !flags.switches.has('no-reduction'),
    ...(flags.values.has('durations') ? { durations: durationsFlag(flags) } : {}),
    onProgress: json ? undefined : (p) => process.stderr.write(`  bound ${p.bound}: ${p.schedules} schedules, ${p.seconds.toFixed(1)} s\r`),
  })
  const record = flags.values.get('out')
  if (record && report.failure) writeAtomic(record, counterexample(source, report.failure, sp) + '\n')
  if (json) {
    process.stdout.write(JSON.stringify({ level: level.id, kind, ...reportToJson(report) }) + '\n')
  } else {
    const verdict = kind === 'pass' ? (report.verdict === 'certified' ? 'the goals hold in every interleaving explored' : 'no failure found before the budget ran out') : `fails: ${kind}`
    process.stdout.write(`${level.title} (${level.id}): ${verdict}\n` + formatReport(report, 'your solution'))
    if (record && report.failure) process.stdout.write(`\nThe counterexample is in ${record}: replay it with  kitchen replay ${record}\n`)
  }
  return kind === 'pass' ? (report.verdict === 'inconclusive' ? 3 : 0) : 1
}

/// The failing schedule run again, as a run file (JSON text).
function counterexample(source: string, failure: Failure, switchPoints: 'language' | 'cpython'): string {
  const again = replayFailure(source, failure, switchPoints, INSPECT_MAX_STEPS)
  return JSON.stringify(makeRunFile('program.py', source, again.seed, again.fileOptions, again.result))
}
