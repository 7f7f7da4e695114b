/// Data races in one explored run: two accesses to the same Python variable
/// from different threads, at least one a write, that no synchronization
/// orders (happens-before over vector clocks: program order, thread start,
/// and every lock or threading-library operation, which orders the threads
/// that touch the same object). The run need not have gone wrong: a race is
/// reported even when this interleaving gave the right answer.

import { AccessKind } from '../engine/vm/footprint.ts'
import { type Execution, threadSpan } from './explore.ts'
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
  const lastWrite = new Map<string, Stamp>()
  const reads = new Map<string, Map<number, Stamp>>()
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
        if (s) for (let k = 0; k < size; k++) if (s[k] > vc[k]) vc[k] = s[k]
        syncClock.set(key, vc.slice())
        continue
      }
      if (kind !== AccessKind.DATA) continue
      const write = log.writes[a]
      const me: Stamp = { thread: p, clock: vc[p], line: log.lines[a] }
      const variable = log.names[a] ?? key
      const w = lastWrite.get(key)
      if (w && w.thread !== p && w.clock > vc[w.thread]) report(variable, w, true, me, write)
      if (write) {
        const rs = reads.get(key)
        if (rs) for (const r of rs.values()) if (r.thread !== p && r.clock > vc[r.thread]) report(variable, r, false, me, true)
        lastWrite.set(key, me)
        reads.delete(key)
      } else {
        let rs = reads.get(key)
        if (!rs) reads.set(key, (rs = new Map()))
        rs.set(p, me)
      }
    }
    atEnd[j] = vc.slice()
  }
  return [...found.values()]
}
