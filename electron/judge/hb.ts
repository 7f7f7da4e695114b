/// Happens-before over a trace, with vector clocks: program order in each
/// thread, a thread's start after what its starter did, lock release →
/// acquire, notify/set/put/release of a sync object → the wake/get/acquire
/// it allows, and a thread's end → the join that waited for it. Two events
/// not ordered this way could have happened the other way round.

import type { TraceEvent } from '../engine/trace.ts'

export type Clock = Map<number, number>

/// Events that publish what their thread did into the object they touch.
const RELEASES = new Set(['release', 'notify', 'set', 'sem-release', 'barrier-wait', 'queue-put'])
/// Events that take in what was published into the object they touch.
const ACQUIRES = new Set(['acquire', 'wake', 'sem-acquire', 'barrier-pass', 'queue-get', 'event-ready'])

export interface HappensBefore {
  /// The clock of the event with this seq (events kept: those `keep` selects).
  readonly clockAt: ReadonlyMap<number, Clock>
  /// Does the event (thread t, seq s) happen before the event with seq `later`?
  before(t: number, s: number, later: number): boolean
}

function join(into: Clock, from: Clock | undefined): void {
  if (!from) return
  for (const [t, n] of from) if ((into.get(t) ?? 0) < n) into.set(t, n)
}

/// Vector clocks of a trace. `keep` says which events' clocks to remember.
export function happensBefore(trace: readonly TraceEvent[], keep: (e: TraceEvent) => boolean): HappensBefore {
  const clocks = new Map<number, Clock>()
  const objects = new Map<number, Clock>()
  // a library condition (an Event's own) → the object whose wait it serves
  const ownerOf = new Map<number, number>()
  const lastOwnerWait = new Map<number, number>()
  const lastEventAny: { thread: number } = { thread: 0 }
  const finals = new Map<number, Clock>()
  const joining = new Map<number, number>()
  const clockAt = new Map<number, Clock>()
  const ownSeq = new Map<number, number>() // seq → the thread's own counter at that event
  for (const e of trace) {
    if (e.kind === 'switch' || e.kind === 'gc') continue
    let c = clocks.get(e.thread)
    if (!c) {
      // a new thread starts with what its starter had done
      c = new Map(lastEventAny.thread ? clocks.get(lastEventAny.thread) : undefined)
      clocks.set(e.thread, c)
    }
    const n = (c.get(e.thread) ?? 0) + 1
    c.set(e.thread, n)
    ownSeq.set(e.seq, n)
    const obj = e.obj ?? 0
    if (e.kind === 'event-wait' || e.kind === 'barrier-wait' || e.kind === 'sem-block') lastOwnerWait.set(e.thread, obj)
    if (e.kind === 'wait' && typeof e.detail === 'string' && lastOwnerWait.has(e.thread)) ownerOf.set(obj, lastOwnerWait.get(e.thread)!)
    if (ACQUIRES.has(e.kind)) {
      join(c, objects.get(obj))
      const owner = ownerOf.get(obj)
      if (owner !== undefined) join(c, objects.get(owner))
    }
    if (e.kind === 'join' && typeof e.detail === 'number') joining.set(e.thread, e.detail)
    if (e.kind === 'joined') {
      const target = joining.get(e.thread)
      if (target !== undefined) join(c, finals.get(target) ?? clocks.get(target))
    }
    if (RELEASES.has(e.kind)) {
      const o = objects.get(obj) ?? new Map()
      join(o, c)
      objects.set(obj, o)
    }
    if (e.kind === 'thread-end') finals.set(e.thread, new Map(c))
    if (keep(e)) clockAt.set(e.seq, new Map(c))
    lastEventAny.thread = e.thread
  }
  return {
    clockAt,
    before(t: number, s: number, later: number): boolean {
      const own = ownSeq.get(s)
      const lc = clockAt.get(later)
      return own !== undefined && lc !== undefined && (lc.get(t) ?? 0) >= own
    },
  }
}
