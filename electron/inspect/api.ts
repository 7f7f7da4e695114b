/// The inspector's contract: what `inspectProgram` takes and returns. The
/// CLI (`kitchen inspect`), the levels' judge and the app all use it.

import type { RunResult } from '../engine/run.ts'
import type { Recording } from '../engine/sched/scheduler.ts'
import type { Durations } from '../engine/sched/zone.ts'

export type { Durations }

export type Verdict = 'certified' | 'refuted' | 'inconclusive'
export type SwitchPoints = 'language' | 'cpython'
export type FailureKind = 'assertion' | 'exception' | 'deadlock' | 'goal'

/// A check over one finished run (a level's goals): a message when the run
/// fails it, or null.
export type RunCheck = (run: RunResult) => { message: string; line: number; thread?: string } | null

export interface InspectOptions {
  /// Preemption bound; null explores without a bound.
  readonly bound: number | null
  readonly switchPoints: SwitchPoints
  /// Partial-order reduction (on unless false): equivalent schedules once.
  readonly reduction?: boolean
  /// Budgets: when one runs out first, the verdict is 'inconclusive'.
  readonly maxSchedules?: number
  readonly timeLimit?: number
  /// Steps one schedule may take before it counts as never ending.
  readonly maxSteps?: number
  /// Extra checks on every explored run (a level's goals): kind 'goal'.
  readonly check?: RunCheck
  readonly onProgress?: (progress: Progress) => void
  /// After a refutation at the language's switch points, look whether it
  /// also happens at CPython's (default true).
  readonly checkCPython?: boolean
  readonly filename?: string
  /// Put library imports back from a snapshot of the first schedule's
  /// instead of running them in every schedule (default true; the same runs).
  readonly importCache?: boolean
  /// Durations as ranges: each sleep and cooking action (and, with
  /// `timeouts`, each timeout) may take anything in [d·(1-j), d·(1+j)];
  /// the orders of wake-ups those lengths allow are explored, a deviation
  /// from the nominal order counting as a preemption. Absent: exact lengths.
  readonly durations?: Durations
}

export interface Progress {
  readonly bound: number
  readonly schedules: number
  readonly seconds: number
}

/// One step of a counterexample, for the report in words.
export interface Step {
  readonly thread: string
  /// The lines it ran in this turn, in order (first..last, as run).
  readonly lines: readonly number[]
  /// How the turn ended: preempted (a forced switch), blocked, finished,
  /// or handed over (it yielded, slept, or woke someone).
  readonly ended: 'preempted' | 'blocked' | 'finished' | 'switched' | 'failed'
  /// Notes in words: "notify() found no waiter", "waits on Condition at line 12".
  readonly notes: readonly string[]
}

export interface Failure {
  readonly kind: FailureKind
  readonly message: string
  readonly thread: string
  readonly line: number
  /// The fewest preemptions found for a failure of this kind.
  readonly preemptions: number
  /// Replays the failing run (`follow` in runKitchen, or a .kitchenrun).
  readonly recording: Recording
  readonly seed: number
  readonly steps: readonly Step[]
  readonly stdout: string
  readonly stderr: string
  /// True when the failure needs a preemption that CPython 3.11 never makes
  /// (found at the language's switch points, none at CPython's within the
  /// same number of preemptions); false when CPython can fail too; absent
  /// when that was not checked or could not be told in time.
  readonly hiddenByCPython?: boolean
  /// With durations as ranges: how long each timed wait lasted in this run
  /// (lengths in the ranges that make its wake-ups happen in this order),
  /// and how many of the preemptions are wake-ups out of the nominal order.
  readonly durations?: readonly { thread: string; line: number; asked: number; took: number; ended: boolean }[]
  readonly wakeUpsOutOfOrder?: number
}

/// Two conflicting accesses to the same shared variable, not ordered by
/// happens-before, in some explored run.
export interface Race {
  readonly variable: string
  readonly first: RaceAccess
  readonly second: RaceAccess
}
export interface RaceAccess {
  readonly thread: string
  readonly line: number
  readonly op: 'read' | 'write'
}

export interface InspectReport {
  readonly verdict: Verdict
  /// The ranges explored, or null for exact durations.
  readonly durations: Durations | null
  readonly bound: number | null
  readonly switchPoints: SwitchPoints
  readonly reduction: boolean
  readonly schedules: number
  readonly seconds: number
  /// Why an inconclusive verdict stopped, and how far it got.
  readonly coverage: { readonly completedBound: number | null; readonly stoppedBy: 'schedules' | 'time' | null }
  readonly failure: Failure | null
  readonly races: readonly Race[]
}
