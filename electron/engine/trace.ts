/// The trace: one ordered event log per run. It is the only thing the
/// renderer reads and the only thing the judge checks. Events are plain,
/// immutable data; a run file stores them as JSON lines.

/// What happened. Threads: `thread-start`, `thread-end`, `thread-name`.
/// The GIL: `switch` (detail: the thread that gets it). Locks: `acquire`,
/// `block`, `release`, `timeout` (a timed acquire gave up). Sleeping:
/// `sleep`, `wake`. Kitchen actions: `action-start`, `action-end`, `serve`.
/// Output: `print`, `exception`. The library (threading, queue) adds
/// `wait`, `wake`, `notify`, `set`, `clear`, `event-wait`, `event-ready`, `join`, `joined`,
/// `sem-acquire`, `sem-block`, `sem-release`, `barrier-wait`, `barrier-pass`,
/// `barrier-broken`, `queue-put`, `queue-get`. The run ends with `deadlock`
/// or `exit`.
export type TraceKind = string

export interface TraceEvent {
  /// 0, 1, 2, ... in order.
  readonly seq: number
  /// The ident of the thread it happened in (1 is the main thread).
  readonly thread: number
  /// Kitchen time in seconds (virtual in controlled runs).
  readonly time: number
  readonly kind: TraceKind
  /// The object involved (its id()), or null.
  readonly obj: number | null
  /// Source line in the user's program (the nearest frame that is not the
  /// kitchen's own library), or 0.
  readonly line: number
  /// Kind-specific data: printed text, station and dish, counts, names.
  readonly detail?: unknown
  /// On real threads: the pool worker (an OS thread) that ran the thread
  /// when this happened. Where a run ran is not what it did, so the trace's
  /// identity (its hash, replay equality) leaves it out: see `traceIdentity`.
  readonly worker?: number
}

/// The trace as the hash and replay comparisons see it: without `worker`.
export function traceIdentity(events: readonly TraceEvent[]): TraceEvent[] {
  return events.map((e) => {
    if (e.worker === undefined) return e
    const { worker: _, ...rest } = e
    return rest
  })
}

/// Serializes a trace as JSON lines.
export function traceToJsonl(events: readonly TraceEvent[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '')
}
