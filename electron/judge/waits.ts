/// Who holds which lock and who waits for what, replayed over the trace:
/// the state the deadlock and lost wake-up detectors read.

import type { TraceEvent } from '../engine/trace.ts'

export type WaitOn =
  | { readonly kind: 'lock'; readonly obj: number }
  | { readonly kind: 'join'; readonly obj: number; readonly target: number | null }
  | { readonly kind: 'condition'; readonly obj: number }
  | { readonly kind: 'event' | 'semaphore' | 'barrier' | 'queue'; readonly obj: number }

export interface Waiting {
  readonly on: WaitOn
  readonly line: number
  readonly seq: number
}

export interface WaitState {
  /// Threads blocked at the end of the trace, and on what.
  readonly waiting: ReadonlyMap<number, Waiting>
  /// Lock → the thread holding it at the end.
  readonly holders: ReadonlyMap<number, number>
  /// Thread → the locks it holds at the end, with the line it took each at.
  readonly held: ReadonlyMap<number, readonly { readonly obj: number; readonly line: number }[]>
  readonly ended: ReadonlySet<number>
}

/// Replays lock ownership and blocking over a trace.
export function waitState(trace: readonly TraceEvent[]): WaitState {
  const waiting = new Map<number, Waiting>()
  const holders = new Map<number, number>()
  const held = new Map<number, { obj: number; line: number }[]>()
  const ended = new Set<number>()
  const block = (e: TraceEvent, on: WaitOn): void => { waiting.set(e.thread, { on, line: e.line, seq: e.seq }) }
  for (const e of trace) {
    const obj = e.obj ?? 0
    switch (e.kind) {
      case 'block': block(e, { kind: 'lock', obj }); break
      case 'acquire': {
        const w = waiting.get(e.thread)
        if (w && (w.on.kind === 'lock' || w.on.kind === 'condition')) waiting.delete(e.thread)
        holders.set(obj, e.thread)
        const list = held.get(e.thread) ?? []
        list.push({ obj, line: e.line })
        held.set(e.thread, list)
        break
      }
      case 'release': {
        const h = holders.get(obj)
        holders.delete(obj)
        if (h !== undefined) held.set(h, (held.get(h) ?? []).filter((x) => x.obj !== obj))
        break
      }
      case 'join': block(e, { kind: 'join', obj, target: typeof e.detail === 'number' ? e.detail : null }); break
      case 'joined': waiting.delete(e.thread); break
      case 'event-wait': block(e, { kind: 'event', obj }); break
      case 'sem-block': block(e, { kind: 'semaphore', obj }); break
      case 'barrier-wait': block(e, { kind: 'barrier', obj }); break
      case 'wait': {
        const owner = e.detail
        if (owner === 'queue') block(e, { kind: 'queue', obj })
        else if (owner === undefined || owner === null) block(e, { kind: 'condition', obj })
        // an Event's, Semaphore's or Barrier's own condition: already waiting on that object
        break
      }
      case 'wake': case 'timeout': case 'sem-acquire': case 'barrier-pass': case 'queue-get': case 'queue-put': {
        const w = waiting.get(e.thread)
        // a condition's wait ends with wake, then re-acquires its lock (traced as acquire)
        if (w && (e.kind !== 'queue-put' || w.on.kind === 'queue')) waiting.delete(e.thread)
        break
      }
      case 'thread-end': ended.add(e.thread); waiting.delete(e.thread); break
    }
  }
  return { waiting, holders, held, ended }
}
