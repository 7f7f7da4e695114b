/// What a trace says happened, in the kitchen's terms: who the threads are,
/// which actions ran at which station from when to when, what was served and
/// printed. Derived once, read by the goals and the detectors.

import type { TraceEvent } from '../engine/trace.ts'

export interface ActionSpan {
  readonly verb: string
  readonly dish: string
  readonly station: string
  readonly thread: number
  readonly line: number
  readonly startSeq: number
  readonly startTime: number
  /// Infinity when the action never ended (the run stopped first).
  readonly endSeq: number
  readonly endTime: number
}

export interface Facts {
  readonly trace: readonly TraceEvent[]
  readonly names: ReadonlyMap<number, string>
  readonly actions: readonly ActionSpan[]
  /// `serve` actions are instant: startSeq === endSeq.
  readonly serves: readonly ActionSpan[]
  /// Each print() as one line of text (its trailing newline removed).
  readonly prints: readonly { readonly text: string; readonly seq: number; readonly thread: number; readonly line: number }[]
  readonly ended: ReadonlySet<number>
  readonly deadlocked: boolean
}

export function threadName(f: Pick<Facts, 'names'>, t: number): string {
  return f.names.get(t) ?? (t === 1 ? 'MainThread' : `thread ${t}`)
}

export function factsOf(trace: readonly TraceEvent[]): Facts {
  const names = new Map<number, string>()
  const actions: ActionSpan[] = []
  const serves: ActionSpan[] = []
  const prints: { text: string; seq: number; thread: number; line: number }[] = []
  const ended = new Set<number>()
  const open = new Map<number, { verb: string; dish: string; station: string; line: number; seq: number; time: number }>()
  let deadlocked = false
  for (const e of trace) {
    switch (e.kind) {
      case 'thread-start': if (typeof e.detail === 'string') names.set(e.thread, e.detail); break
      case 'thread-name': if (typeof e.detail === 'string') names.set(e.thread, e.detail); break
      case 'thread-end': ended.add(e.thread); break
      case 'action-start': {
        const d = e.detail as { action: string; station: string; dish: string }
        open.set(e.thread, { verb: d.action, dish: d.dish, station: d.station, line: e.line, seq: e.seq, time: e.time })
        break
      }
      case 'action-end': {
        const o = open.get(e.thread)
        if (!o) break
        open.delete(e.thread)
        actions.push({ ...o, thread: e.thread, startSeq: o.seq, startTime: o.time, endSeq: e.seq, endTime: e.time })
        break
      }
      case 'serve': {
        const dish = String(e.detail)
        serves.push({ verb: 'serve', dish, station: 'pass', thread: e.thread, line: e.line, startSeq: e.seq, startTime: e.time, endSeq: e.seq, endTime: e.time })
        break
      }
      case 'print': {
        const text = String(e.detail ?? '')
        for (const l of text.replace(/\n$/, '').split('\n')) prints.push({ text: l, seq: e.seq, thread: e.thread, line: e.line })
        break
      }
      case 'deadlock': deadlocked = true; break
    }
  }
  for (const [thread, o] of open) actions.push({ ...o, thread, startSeq: o.seq, startTime: o.time, endSeq: Infinity, endTime: Infinity })
  actions.sort((a, b) => a.startSeq - b.startSeq)
  return { trace, names, actions, serves, prints, ended, deadlocked }
}
