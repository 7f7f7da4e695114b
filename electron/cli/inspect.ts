/// `kitchen inspect PROGRAM.py`: certify or break a threading program by
/// exploring its interleavings (see electron/inspect/).

import { PySyntaxError } from '../engine/front/syntax-error.ts'
import { inspectProgram, replayFailure, formatReport, reportToJson, type InspectReport } from '../inspect/index.ts'
import { makeRunFile } from '../host/runfile.ts'
import { UsageError, parseFlags, intFlag, writeAtomic, readProgram, durationsFlag } from './flags.ts'

export const INSPECT_USAGE = `       kitchen inspect PROGRAM.py [--bound K|none] [--switch-points language|cpython]
                          [--max-schedules N] [--time-limit SECONDS] [--no-reduction]
                          [--durations J [--timeouts-vary]] [--json] [--out FILE.kitchenrun]`

const EXIT = { certified: 0, refuted: 1, inconclusive: 3 } as const
const MAX_STEPS = 200_000

export function cmdInspect(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['bound', 'switch-points', 'max-schedules', 'time-limit', 'out', 'durations']), new Set(['json', 'no-reduction', 'timeouts-vary']))
  if (flags.positional.length !== 1) throw new UsageError('inspect needs exactly one program file')
  const file = flags.positional[0]
  const source = readProgram(file)
  if (source === null) return 2
  const boundFlag = flags.values.get('bound') ?? '2'
  const bound = boundFlag === 'none' ? null : Number(boundFlag)
  if (bound !== null && (!Number.isInteger(bound) || bound < 0)) throw new UsageError(`--bound must be a non-negative integer or none, not '${boundFlag}'`)
  const switchPoints = flags.values.get('switch-points') ?? 'language'
  if (switchPoints !== 'language' && switchPoints !== 'cpython') throw new UsageError(`--switch-points must be language or cpython, not '${switchPoints}'`)
  const timeFlag = flags.values.get('time-limit')
  const timeLimit = timeFlag === undefined ? 60 : Number(timeFlag)
  if (!(timeLimit > 0)) throw new UsageError(`--time-limit must be a positive number of seconds, not '${timeFlag}'`)
  const maxSchedules = flags.values.has('max-schedules') ? intFlag(flags, 'max-schedules', 0) : undefined
  const json = flags.values.has('json')
  const out = flags.values.get('out')
  const durations = durationsFlag(flags)

  let report: InspectReport
  try {
    report = inspectProgram(source, {
      filename: file, bound, switchPoints, maxSchedules, timeLimit, maxSteps: MAX_STEPS,
      reduction: !flags.values.has('no-reduction'), durations,
      onProgress: (p) => process.stderr.write(`\rinspecting: ${p.schedules} schedules, bound ${p.bound}, ${p.seconds.toFixed(1)} s`),
    })
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(e.report())
      return 2
    }
    throw e
  }
  if (report.schedules >= 50) process.stderr.write('\n')
  if (out && report.failure) {
    // run the counterexample once more, as a replay would, to write its file
    const again = replayFailure(source, report.failure, switchPoints, MAX_STEPS, file)
    writeAtomic(out, JSON.stringify(makeRunFile(file, source, again.seed, again.fileOptions, again.result)) + '\n')
  }
  if (json) process.stdout.write(JSON.stringify(reportToJson(report)) + '\n')
  else {
    process.stdout.write(formatReport(report, file))
    if (out) {
      process.stdout.write(report.failure
        ? `\nThe counterexample is in ${out}: replay it with  kitchen replay ${out}\n`
        : `\nNo counterexample: ${out} was not written.\n`)
    }
  }
  return EXIT[report.verdict]
}
