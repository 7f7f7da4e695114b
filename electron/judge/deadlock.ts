/// Deadlock: every thread waits and nothing can wake them. Names the
/// wait-for cycle (each thread, what it holds, what it waits for, where), or
/// when there is no cycle, the waits that nobody is left to end.

import type { Finding, Place } from './types.ts'
import { type Facts, threadName } from './facts.ts'
import { waitState, type WaitOn, type WaitState } from './waits.ts'

/// Thread names keyed by the `id()` of their Thread objects, learned from joins.
function what(on: WaitOn, f: Facts, names: (obj: number) => string): string {
  switch (on.kind) {
    case 'lock': return `waits for ${names(on.obj)}`
    case 'join': return `waits for ${on.target !== null ? threadName(f, on.target) : 'a thread'} to finish (join)`
    case 'condition': return 'waits on a Condition for a notify() that never comes'
    case 'event': return 'waits for an Event that is never set'
    case 'semaphore': return 'waits for a Semaphore that is never released'
    case 'barrier': return 'waits at a Barrier the others never reach'
    case 'queue': return 'waits for an item that is never put on the queue'
  }
}

/// The deadlock, explained; null when the run did not deadlock.
export function detectDeadlock(f: Facts): Finding | null {
  if (!f.deadlocked) return null
  const ws = waitState(f.trace)
  const lockNames = new Map<number, string>()
  const lockName = (obj: number): string => {
    if (!lockNames.has(obj)) lockNames.set(obj, `lock #${lockNames.size + 1}`)
    return lockNames.get(obj)!
  }
  // who each blocked thread waits for, when that is one thread
  const edge = (t: number): number | null => {
    const w = ws.waiting.get(t)
    if (!w) return null
    if (w.on.kind === 'lock') return ws.holders.get(w.on.obj) ?? null
    if (w.on.kind === 'join') return w.on.target
    return null
  }
  const cycle = findCycle([...ws.waiting.keys()], edge)
  const place = (t: number): Place => {
    const w = ws.waiting.get(t)!
    const holds = (ws.held.get(t) ?? []).map((h) => lockName(h.obj))
    const note = (holds.length ? `holds ${holds.join(' and ')}, ` : '') + what(w.on, f, lockName)
    return { line: w.line, thread: threadName(f, t), note }
  }
  if (cycle) {
    const places = cycle.map(place)
    const text = places.map((p) => `${p.thread} ${p.note} (line ${p.line})`).join('; ')
    return { kind: 'deadlock', message: `Deadlock: the threads wait for each other in a circle. ${text}.`, places }
  }
  const places = [...ws.waiting.keys()].sort((a, b) => a - b).map(place)
  const mainDone = ws.ended.has(1) || !ws.waiting.has(1)
  const lead = mainDone && !ws.waiting.has(1)
    ? 'Deadlock: the program ended but some threads wait forever, so the kitchen never closes.'
    : 'Deadlock: every thread is waiting and nobody is left to wake them.'
  return { kind: 'deadlock', message: `${lead} ${places.map((p) => `${p.thread} ${p.note} (line ${p.line})`).join('; ')}.`, places }
}

function findCycle(nodes: number[], edge: (t: number) => number | null): number[] | null {
  for (const start of nodes) {
    const path: number[] = []
    const seen = new Set<number>()
    let t: number | null = start
    while (t !== null && !seen.has(t)) {
      seen.add(t)
      path.push(t)
      t = edge(t)
    }
    if (t !== null) return path.slice(path.indexOf(t))
  }
  return null
}

export type { WaitState }
