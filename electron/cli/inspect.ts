/// `kitchen inspect LEVEL --solution FIX.py [--bound N] [--switch-points language|cpython] [--json]`:
/// explores the solution's interleavings against the level's goals.
/// `--record FILE.kitchenrun` writes a refutation's counterexample as a run
/// file that `kitchen replay` plays. Exit 0 certified, 1 refuted, 5
/// inconclusive (a budget ran out).

import { inspectLevel, checkSolution, SolutionRefused, INSPECT_MAX_STEPS } from '../levels/index.ts'
import { inspectRunOptions } from '../inspect/inspect.ts'
import type { Failure } from '../inspect/api.ts'
import { runProgram } from '../engine/index.ts'
import { makeRunFile } from '../host/runfile.ts'
import { UsageError, parseFlags, intFlag, writeAtomic } from './flags.ts'
import { resolveLevel, readSolution } from './levelarg.ts'

export function cmdInspect(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['solution', 'bound', 'switch-points', 'time-limit', 'max-schedules', 'record']), new Set(['json', 'no-reduction']))
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
    onProgress: json ? undefined : (p) => process.stderr.write(`  bound ${p.bound}: ${p.schedules} schedules, ${p.seconds.toFixed(1)} s\r`),
  })
  const record = flags.values.get('record')
  if (record && report.failure) writeAtomic(record, counterexample(source, report.failure, sp) + '\n')
  if (json) {
    process.stdout.write(JSON.stringify({ level: level.id, kind, ...report }, null, 2) + '\n')
  } else {
    const out: string[] = [`${level.title}: ${report.verdict.toUpperCase()} after ${report.schedules} schedules in ${report.seconds.toFixed(2)} s (preemption bound ${report.bound}, ${report.switchPoints} switch points${report.reduction ? ', partial-order reduction' : ''})`]
    if (report.verdict === 'certified') out.push('  Every interleaving within the bound meets the level\'s goals.')
    if (report.verdict === 'inconclusive') out.push(`  Stopped by the ${report.coverage.stoppedBy} budget; fully explored up to bound ${report.coverage.completedBound ?? 'none'}.`)
    const f = report.failure
    if (f) {
      out.push(`  ${kind}: ${f.message} (${f.thread}, line ${f.line}), with ${f.preemptions} preemption${f.preemptions === 1 ? '' : 's'}${f.hiddenByCPython ? '; CPython 3.11 never switches threads there, so a plain run hides it' : ''}`)
      out.push('  The interleaving:')
      for (const s of f.steps) out.push(`    ${s.thread}: lines ${s.lines.join(', ')} (${s.ended})${s.notes.length ? ' - ' + s.notes.join('; ') : ''}`)
    }
    if (record && f) out.push(`  The counterexample is in ${record}: kitchen replay ${record}`)
    for (const r of report.races) out.push(`  race on '${r.variable}': ${r.first.thread} ${r.first.op}s at line ${r.first.line}, ${r.second.thread} ${r.second.op}s at line ${r.second.line}`)
    process.stdout.write(out.join('\n') + '\n')
  }
  return kind === 'pass' ? (report.verdict === 'inconclusive' ? 5 : 0) : 1
}

/// The failing schedule run again, as a run file (JSON text).
function counterexample(source: string, failure: Failure, switchPoints: 'language' | 'cpython'): string {
  const options = inspectRunOptions(switchPoints, INSPECT_MAX_STEPS)
  const result = runProgram(source, { ...options, filename: 'program.py', follow: failure.recording })
  return JSON.stringify(makeRunFile('program.py', source, options.seed,
    { time: 'virtual', maxSteps: options.maxSteps, switchPoints, heapMegabytes: options.heapMegabytes }, result))
}
