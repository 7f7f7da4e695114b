/// Data races in one explored run: two accesses to the same Python variable
/// from different threads, at least one a write, that no synchronization
/// orders (happens-before over vector clocks: program order, thread start,
/// and every lock or threading-library operation, which orders the threads
/// that touch the same object). The run need not have gone wrong: a race is
/// reported even when this interleaving gave the right answer.

import { AccessKind } from '../engine/vm/footprint.ts'
import { type Execution, threadSpan } from './explore.ts'
import { AccessHistory, joinClock } from './history.ts'
import { type Race } from './api.ts'

interface Stamp {
  readonly thread: number
  readonly clock: number
  readonly line: number
}

export function findRaces(ex: Execution, threadName: (ident: number) => string): Race[] {
  const { transitions, log } = ex
  const size = threadSpan(ex)
  const clocks = new Map<number, Int32Array>()
  const syncClock = new Map<string, Int32Array>()
  const atEnd: Int32Array[] = []
  const history = new AccessHistory<Stamp>()
  const found = new Map<string, Race>()
  const report = (variable: string, a: Stamp, aWrite: boolean, b: Stamp, bWrite: boolean): void => {
    const first = { thread: threadName(a.thread), line: a.line, op: aWrite ? 'write' as const : 'read' as const }
    const second = { thread: threadName(b.thread), line: b.line, op: bWrite ? 'write' as const : 'read' as const }
    const key = `${variable}|${Math.min(a.line, b.line)}|${Math.max(a.line, b.line)}`
    if (!found.has(key)) found.set(key, { variable, first, second })
  }
  for (let j = 0; j < transitions.length; j++) {
    const { thread: p, from, to } = transitions[j]
    let vc = clocks.get(p)
    if (!vc) {
      const creator = ex.createdIn.get(p) ?? -1
      vc = creator >= 0 && atEnd[creator] ? atEnd[creator].slice() : new Int32Array(size)
      clocks.set(p, vc)
    }
    vc[p]++
    for (let a = from; a < to; a++) {
      const key = log.keys[a]
      const kind = log.kinds[a]
      if (kind === AccessKind.SYNC) {
        const s = syncClock.get(key)
        if (s) joinClock(vc, s)
        syncClock.set(key, vc.slice())
        continue
      }
      if (kind !== AccessKind.DATA) continue
      const write = log.writes[a]
      const me: Stamp = { thread: p, clock: vc[p], line: log.lines[a] }
      const variable = log.names[a] ?? key
      history.conflicts(key, write, (earlier, wasWrite) => {
        if (earlier.thread !== p && earlier.clock > vc![earlier.thread]) report(variable, earlier, wasWrite, me, write)
      })
      history.record(key, p, write, me)
    }
    atEnd[j] = vc.slice()
  }
  return [...found.values()]
}
