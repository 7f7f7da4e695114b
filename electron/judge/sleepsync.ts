/// Sleeping in place of synchronizing: something had to come first (an
/// order the level asks for, or the previous cook leaving a station), it did,
/// but only because the other thread slept long enough. Nothing orders the
/// two (happens-before), so a slower oven or a faster cook breaks it.

import type { TraceEvent } from '../engine/trace.ts'
import type { Finding, Goals } from './types.ts'
import { type Facts, type ActionSpan, threadName } from './facts.ts'
import { happensBefore } from './hb.ts'
import { orderSpans } from './goals.ts'

const SYNC = new Set(['acquire', 'wake', 'sem-acquire', 'barrier-pass', 'queue-get', 'joined', 'event-ready'])

export function detectSleepSync(f: Facts, goals: Goals, lines: readonly string[]): Finding[] {
  const pairs: [ActionSpan, ActionSpan][] = []
  for (const o of goals.order ?? []) {
    const { firsts, thens } = orderSpans(f, o)
    for (const a of firsts) for (const b of thens) if (a.endSeq < b.startSeq) pairs.push([a, b])
  }
  // consecutive users of a station the level limits
  for (const st of Object.keys(goals.stations ?? {})) {
    const uses = f.actions.filter((a) => a.station === st)
    for (let i = 1; i < uses.length; i++) if (uses[i - 1].endSeq < uses[i].startSeq) pairs.push([uses[i - 1], uses[i]])
  }
  if (pairs.length === 0) return []
  const hb = happensBefore(f.trace, () => true)
  const out: Finding[] = []
  const seen = new Set<number>()
  for (const [a, b] of pairs) {
    if (a.thread === b.thread || a.endSeq === Infinity || hb.before(a.thread, a.endSeq, b.startSeq)) continue
    const nap = lastSleep(f.trace, b.thread, b.startSeq)
    if (!nap || seen.has(nap.seq)) continue
    seen.add(nap.seq)
    out.push({
      kind: 'sleep-sync',
      message: `${threadName(f, b.thread)} sleeps at line ${nap.line} and then ${b.verb}s ${b.dish} at line ${b.line}, counting on ${threadName(f, a.thread)} to have finished ${a.verb} ${a.dish} by then. Nothing makes it wait for that: if ${a.verb} ${a.dish} took longer, the order would break. Wait for a signal instead of sleeping.`,
      places: [
        { line: nap.line, thread: threadName(f, b.thread), note: `sleeps instead of waiting: ${(lines[nap.line - 1] ?? '').trim()}` },
        { line: a.line, thread: threadName(f, a.thread), note: `${a.verb} ${a.dish}, which nobody waits for` },
      ],
    })
  }
  return out
}

/// The thread's last time.sleep() before `seq` with no synchronization after it.
function lastSleep(trace: readonly TraceEvent[], thread: number, seq: number): TraceEvent | null {
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]
    if (e.seq >= seq || e.thread !== thread) continue
    if (SYNC.has(e.kind)) return null
    if (e.kind === 'sleep') return e
  }
  return null
}
