/// The judge: one finished run against a level's goals. Goals decide pass
/// or fail; detectors explain (deadlock, lost wake-up, data race, station
/// collision, busy waiting, sleeping in place of synchronizing). Pure: no
/// Node, no DOM.

import type { RunResult } from '../engine/run.ts'
import type { Goals, Finding, Verdict, VerdictKind } from './types.ts'
import { factsOf, type Facts } from './facts.ts'
import { checkGoals } from './goals.ts'
import { detectDeadlock } from './deadlock.ts'
import { detectLostWakeups } from './lostwakeup.ts'
import { detectCollisions } from './collision.ts'
import { detectRaces } from './race.ts'
import { detectBusyWaiting } from './busywait.ts'
import { detectSleepSync } from './sleepsync.ts'

export interface JudgeInput {
  readonly goals: Goals
  readonly run: RunResult
  /// The program that ran (for quoting lines).
  readonly source: string
  /// Statements the solution placed, and the level's par.
  readonly statements?: number
  readonly par?: { readonly time: number; readonly statements: number }
  /// Step budget the run had: reaching it means the program never ends.
  readonly maxSteps?: number
}

/// Order of importance when several things fail: the first is the verdict.
const RANK: readonly VerdictKind[] = [
  'refused', 'busy-wait', 'never-ends', 'lost-wakeup', 'deadlock', 'exception', 'unfinished', 'race', 'collision',
  'sleep-sync', 'order', 'served', 'output', 'too-slow',
]

/// Judges one run.
export function judgeRun(input: JudgeInput): Verdict {
  const { goals, run } = input
  const f: Facts = factsOf(run.trace)
  const failures: Finding[] = []
  const notes: Finding[] = []
  const stats = { time: run.time, statements: input.statements ?? 0, steps: run.steps }
  const lines = input.source.split('\n')

  const endless = neverEnded(run, input.maxSteps)
  if (endless) {
    failures.push({ kind: 'never-ends', message: `the kitchen never closes: the program was stopped after ${run.steps.toLocaleString('en')} steps`, places: lastPlaces(f) })
  }
  const deadlock = detectDeadlock(f)
  const lost = detectLostWakeups(f)
  if (deadlock) {
    // a lost wake-up is the deeper reason for a deadlock it causes
    if (lost.length) failures.push(...lost)
    failures.push(deadlock)
  } else {
    notes.push(...lost)
  }
  failures.push(...checkGoals(goals, run, f).filter((g) => !(deadlock && g.kind === 'unfinished')))
  const detectors: [boolean | undefined, Finding[]][] = [
    [goals.noRaces, detectRaces(f, lines)],
    [goals.stations !== undefined, detectCollisions(f, goals.stations ?? {})],
    [goals.noBusyWaiting, detectBusyWaiting(f, lines, endless)],
    [goals.noSleepSync, detectSleepSync(f, goals, lines)],
  ]
  for (const [forbidden, found] of detectors) (forbidden ? failures : notes).push(...found)
  // when a goal about the result failed, a deadlock or never-ending run already says why
  failures.sort((a, b) => RANK.indexOf(a.kind) - RANK.indexOf(b.kind))
  const passed = failures.length === 0
  let stars = 0
  if (passed) {
    stars = 1
    if (input.par && run.time <= input.par.time + 1e-9) stars++
    if (input.par && stats.statements <= input.par.statements) stars++
  }
  return { kind: passed ? 'pass' : failures[0].kind, passed, failures, notes, stats, stars }
}

function neverEnded(run: RunResult, maxSteps: number | undefined): boolean {
  if (run.exitCode === 3) return false
  return /KitchenError: .*(steps|never)/i.test(run.stderr) || (maxSteps !== undefined && run.steps >= maxSteps)
}

function lastPlaces(f: Facts): Finding['places'] {
  const last = new Map<number, number>()
  for (const e of f.trace) if (e.line > 0) last.set(e.thread, e.line)
  return [...last].map(([t, line]) => ({ line, thread: f.names.get(t) ?? `thread ${t}`, note: 'was still running here' }))
}

/// A refusal as a verdict: the program did not run.
export function refusedVerdict(problems: readonly { line: number; message: string }[]): Verdict {
  const failures: Finding[] = problems.map((p) => ({ kind: 'refused', message: p.message, places: p.line ? [{ line: p.line, note: p.message }] : [] }))
  return { kind: 'refused', passed: false, failures, notes: [], stats: { time: 0, statements: 0, steps: 0 }, stars: 0 }
}
