/// The judge's vocabulary: a level's goals, what the judge finds, and the
/// verdict it gives. Plain data, shared by the levels, the CLI and the app.

/// A kitchen action as goals name it: `bake dessert`, `serve soup`.
export type ActionVerb = 'cook' | 'bake' | 'chop' | 'plate' | 'serve'

/// What a level asks of a run. Every key is optional; an absent key asks nothing.
export interface Goals {
  /// Every thread ends, no deadlock, no uncaught exception, exit code 0.
  readonly finish?: boolean
  /// These dishes are served, in any order (a dish twice means served twice).
  readonly served?: readonly string[]
  /// Each pair: every `first` action has ended before any `then` action starts.
  readonly order?: readonly { readonly first: string; readonly then: string }[]
  /// At most N cooks working at a station at once (default for a listed station: 1).
  readonly stations?: Readonly<Record<string, number>>
  /// The program prints exactly these lines (in this order).
  readonly output?: readonly string[]
  /// The program prints these lines, in any order, among others.
  readonly outputIncludes?: readonly string[]
  /// Kitchen time at the end is at most this many seconds.
  readonly maxTime?: number
  /// No two threads touch a shared variable without synchronization (needs access events).
  readonly noRaces?: boolean
  /// No thread spins on a flag.
  readonly noBusyWaiting?: boolean
  /// No thread sleeps where it should wait for a signal.
  readonly noSleepSync?: boolean
}

/// The kind of a finding, and of a verdict (`pass` when nothing failed).
export type VerdictKind =
  | 'pass'
  | 'refused'        // the solution edits locked lines, misuses the palette, or does not parse
  | 'never-ends'     // the run hit its step budget
  | 'deadlock'
  | 'lost-wakeup'
  | 'exception'
  | 'unfinished'     // exit code not 0, or a thread never ended
  | 'race'
  | 'collision'
  | 'busy-wait'
  | 'sleep-sync'
  | 'order'
  | 'served'
  | 'output'
  | 'too-slow'

export const VERDICT_KINDS: readonly VerdictKind[] = [
  'pass', 'refused', 'never-ends', 'deadlock', 'lost-wakeup', 'exception', 'unfinished', 'race',
  'collision', 'busy-wait', 'sleep-sync', 'order', 'served', 'output', 'too-slow',
]

/// A place in the program a finding points at.
export interface Place {
  readonly line: number
  /// The thread's name (`MainThread`, `Thread-1 (bake_dessert)`), when one is involved.
  readonly thread?: string
  /// What happens there, in words: "waits for the oven lock".
  readonly note: string
}

/// One thing the judge found, in the learner's words.
export interface Finding {
  readonly kind: Exclude<VerdictKind, 'pass'>
  readonly message: string
  readonly places: readonly Place[]
}

export interface Verdict {
  /// `pass`, or the kind of the first failure (failures are in order of importance).
  readonly kind: VerdictKind
  readonly passed: boolean
  /// What made the run fail the level (goals not met, detectors that goals forbid).
  readonly failures: readonly Finding[]
  /// What detectors noticed that the level's goals do not forbid.
  readonly notes: readonly Finding[]
  readonly stats: { readonly time: number; readonly statements: number; readonly steps: number }
  /// 0 when failed; 1 for passing, +1 within par time, +1 within par statements.
  readonly stars: number
}
