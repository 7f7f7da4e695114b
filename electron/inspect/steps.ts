/// A failing schedule told as turns: which thread ran which lines, how each
/// turn ended (preempted, blocked, finished), and what the library said on
/// the way (a `notify()` or `set()` that found no waiter, what a thread
/// waits on).

import { type Execution, isPreemption } from './explore.ts'
import { type Step } from './api.ts'
import { type TraceEvent } from '../engine/trace.ts'

/// Library events that the program's own line asked for (not, say, the
/// Event inside `Thread.start()`): the keyword must be on the line.
const ASKED: Record<string, RegExp> = {
  notify: /notify/, set: /\.set\(/, wait: /wait/, 'event-wait': /wait/, block: /acquire|with\b/,
  'sem-block': /acquire|with\b/, 'barrier-wait': /wait/, join: /join/, timeout: /wait|acquire|join|get|put/,
}

export function describeSteps(ex: Execution, name: (ident: number) => string, source: string): Step[] {
  const sourceLines = source.split('\n')
  const code = (l: number): boolean => { const s = (sourceLines[l - 1] ?? '').trim(); return s !== '' && !s.startsWith('#') }
  const asked = (e: TraceEvent): boolean => !ASKED[e.kind] || ASKED[e.kind].test(sourceLines[e.line - 1] ?? '')
  const steps: { thread: number; lines: number[]; ended: Step['ended']; notes: string[] }[] = []
  const result = ex.result!
  const trace = result.trace
  const { transitions, nodes, tracker } = ex
  for (let j = 0; j < transitions.length; j++) {
    const t = transitions[j]
    const lines = tracker.lineLog.slice(t.linesFrom, t.linesTo).filter(code)
    const events = trace.slice(t.eventsFrom, t.eventsTo).filter(asked)
    const next = transitions[j + 1]
    let ended: Step['ended']
    if (events.some((e) => e.kind === 'exception')) ended = 'failed'
    else if (events.some((e) => e.kind === 'thread-end' && e.thread === t.thread)) ended = 'finished'
    else if (!next) ended = result.exitCode === 3 ? 'blocked' : 'finished'
    // every thread waited and a timed wait ended (durations as ranges)
    else if (nodes[next.node].ready[0] < 0) ended = 'blocked'
    else if (isPreemption(nodes[next.node], nodes[next.node].chosen)) ended = 'preempted'
    else if (!nodes[next.node].ready.includes(t.thread)) ended = 'blocked'
    else ended = 'switched'
    const notes = events.map(note).filter((n): n is string => n !== null)
    const at = nodes[t.node]
    if (at.ready[0] < 0 && at.chosen !== at.last) notes.unshift(`its wait ended before ${name(-at.last)}'s, which was due first as written`)
    const prev = steps[steps.length - 1]
    // turns the thread kept (nobody else could run, or it was not preempted) merge
    if (prev && prev.thread === t.thread && prev.ended === 'switched') {
      prev.lines.push(...lines.filter((l, i) => i > 0 || l !== prev.lines[prev.lines.length - 1]))
      prev.notes.push(...notes)
      prev.ended = ended
    } else {
      steps.push({ thread: t.thread, lines: dedupe(lines), ended, notes })
    }
  }
  return steps.filter((s, i) => s.lines.length > 0 || s.notes.length > 0 || i === steps.length - 1).map((s) => ({ thread: name(s.thread), lines: dedupe(s.lines), ended: s.ended, notes: s.notes }))
}

function dedupe(lines: number[]): number[] {
  return lines.filter((l, i) => l !== lines[i - 1])
}

function note(e: TraceEvent): string | null {
  const at = e.line ? ` (line ${e.line})` : ''
  switch (e.kind) {
    case 'notify': return e.detail === 0 ? `notify() found no waiter${at}` : `notify() woke ${e.detail}${at}`
    case 'set': return e.detail === 0 ? `set() found no waiter${at}` : `set() woke ${e.detail}${at}`
    case 'wait': return `waits on a Condition${at}`
    case 'event-wait': return `waits on an Event${at}`
    case 'block': return `waits for a lock someone holds${at}`
    case 'sem-block': return `waits on a Semaphore${at}`
    case 'barrier-wait': return `waits at a Barrier${at}`
    case 'join': return `waits for a thread to finish (join)${at}`
    case 'timeout': return `gave up waiting (timeout)${at}`
    case 'exception': return `raised ${String(e.detail)}${at}`
    case 'print': return `printed ${JSON.stringify(String(e.detail).replace(/\n$/, ''))}`
    default: return null
  }
}
