/// Lost wake-up: a notify() (or an Event's set() later cleared) that found
/// nobody waiting, and a wait() on the same object that came after it and
/// was never woken.

import type { Finding } from './types.ts'
import { type Facts, threadName } from './facts.ts'

export function detectLostWakeups(f: Facts): Finding[] {
  const out: Finding[] = []
  // conditions that belong to a library object (an Event's, a Queue's): their own waits say so
  const internal = new Set<number>()
  for (const e of f.trace) if (e.kind === 'wait' && typeof e.detail === 'string') internal.add(e.obj ?? 0)
  const lastEmpty = new Map<number, { line: number; thread: number; what: string }>()
  const pending: { obj: number; thread: number; line: number; seq: number; signal: { line: number; thread: number; what: string } }[] = []
  for (const e of f.trace) {
    const obj = e.obj ?? 0
    if (e.kind === 'notify' && !internal.has(obj)) {
      if (e.detail === 0) lastEmpty.set(obj, { line: e.line, thread: e.thread, what: 'notify()' })
    } else if (e.kind === 'set' && e.detail === 0) {
      lastEmpty.set(obj, { line: e.line, thread: e.thread, what: 'set()' })
    } else if (e.kind === 'clear') {
      // a set() then clear() with nobody waiting is a signal thrown away
      if (!lastEmpty.has(obj)) continue
    } else if (e.kind === 'set' || (e.kind === 'notify' && !internal.has(obj))) {
      lastEmpty.delete(obj)
    } else if ((e.kind === 'wait' && !internal.has(obj)) || e.kind === 'event-wait') {
      const signal = lastEmpty.get(obj)
      if (signal) pending.push({ obj, thread: e.thread, line: e.line, seq: e.seq, signal })
    } else if (e.kind === 'wake' || e.kind === 'joined') {
      for (let i = pending.length - 1; i >= 0; i--) if (pending[i].thread === e.thread) pending.splice(i, 1)
    }
  }
  // waits still pending at the end were never woken
  for (const p of pending) {
    if (f.ended.has(p.thread) && !f.deadlocked) continue
    const s = p.signal
    out.push({
      kind: 'lost-wakeup',
      message: `Lost wake-up: ${threadName(f, s.thread)} called ${s.what} at line ${s.line} when nobody was waiting yet, so the signal was lost; ${threadName(f, p.thread)} began waiting at line ${p.line} afterwards and was never woken.`,
      places: [
        { line: s.line, thread: threadName(f, s.thread), note: `${s.what} found nobody waiting` },
        { line: p.line, thread: threadName(f, p.thread), note: 'waits for a signal that already came' },
      ],
    })
  }
  return out
}
