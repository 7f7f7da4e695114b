/// A level's solution under the inspector: every interleaving within the
/// preemption bound is judged against the level's goals.

import { inspectProgram } from '../inspect/inspect.ts'
import type { InspectReport, InspectOptions, RunCheck } from '../inspect/api.ts'
import { judgeRun } from '../judge/judge.ts'
import type { VerdictKind } from '../judge/types.ts'
import type { Level } from './types.ts'

export interface LevelInspection {
  readonly report: InspectReport
  /// `pass` when certified (or inconclusive), else the judge's kind of the failure found.
  readonly kind: VerdictKind
}

/// The level's goals as the inspector's per-run check.
export function goalCheck(level: Level, source: string, onFail?: (kind: VerdictKind) => void): RunCheck {
  return (run) => {
    const v = judgeRun({ goals: level.goals, run, source })
    if (v.passed) return null
    onFail?.(v.kind)
    const f = v.failures[0]
    const p = f.places[0]
    return { message: f.message, line: p?.line ?? 0, ...(p?.thread ? { thread: p.thread } : {}) }
  }
}

/// Steps one explored schedule may take (level programs take under 200; 25 times that never ends).
export const INSPECT_MAX_STEPS = 5_000

export function inspectLevel(level: Level, source: string, options: Partial<InspectOptions> = {}): LevelInspection {
  let first: VerdictKind | null = null
  const report = inspectProgram(source, {
    bound: level.inspect.bound, switchPoints: 'language', timeLimit: 10, maxSteps: INSPECT_MAX_STEPS,
    ...(level.inspect.durations ? { durations: level.inspect.durations } : {}), ...options,
    check: goalCheck(level, source, (k) => { first ??= k }),
  })
  let kind: VerdictKind = 'pass'
  if (report.failure) {
    kind = report.failure.kind === 'goal' ? (first ?? 'unfinished') : report.failure.kind === 'deadlock' ? 'deadlock' : 'exception'
  } else if (level.goals.noRaces && report.races.length) {
    kind = 'race'
  }
  return { report, kind }
}
