/// Data race: two threads touch the same shared variable, at least one of
/// them writes, and nothing orders the two (happens-before, vector clocks).
/// Found even in a run whose answer came out right: another interleaving
/// of the same program loses the update. Needs the run's `access` events.

import type { Finding } from './types.ts'
import { type Facts, threadName } from './facts.ts'
import { happensBefore } from './hb.ts'

interface Access { readonly thread: number; readonly seq: number; readonly line: number; readonly op: 'read' | 'write' }

/// One finding per racy variable (the first unordered pair found).
export function detectRaces(f: Facts, lines: readonly string[]): Finding[] {
  const isAccess = (kind: string): boolean => kind === 'access'
  if (!f.trace.some((e) => isAccess(e.kind))) return []
  const hb = happensBefore(f.trace, (e) => isAccess(e.kind))
  // per variable: the last write and the last read of each thread
  const writes = new Map<string, Map<number, Access>>()
  const reads = new Map<string, Map<number, Access>>()
  const reported = new Map<string, Finding>()
  for (const e of f.trace) {
    if (!isAccess(e.kind)) continue
    const d = e.detail as { op: 'read' | 'write'; variable: string }
    if (!d || reported.has(d.variable)) continue
    const a: Access = { thread: e.thread, seq: e.seq, line: e.line, op: d.op }
    const w = writes.get(d.variable) ?? new Map<number, Access>()
    const r = reads.get(d.variable) ?? new Map<number, Access>()
    const against = [...w.values(), ...(a.op === 'write' ? [...r.values()] : [])]
    const other = against.find((p) => p.thread !== a.thread && !hb.before(p.thread, p.seq, a.seq))
    if (other) reported.set(d.variable, finding(f, lines, d.variable, other, a))
    ;(a.op === 'write' ? w : r).set(a.thread, a)
    writes.set(d.variable, w)
    reads.set(d.variable, r)
  }
  return [...reported.values()]
}

function finding(f: Facts, lines: readonly string[], variable: string, first: Access, second: Access): Finding {
  const verb = (a: Access): string => (a.op === 'write' ? 'writes' : 'reads')
  const quote = (a: Access): string => (lines[a.line - 1] ?? '').trim()
  return {
    kind: 'race',
    message: `Data race on '${variable}': ${threadName(f, first.thread)} ${verb(first)} it at line ${first.line} and ${threadName(f, second.thread)} ${verb(second)} it at line ${second.line}, and nothing makes one wait for the other (no lock, no signal, no join between them). Another order of the same steps gives another answer, even if this run came out right.`,
    places: [
      { line: first.line, thread: threadName(f, first.thread), note: `${verb(first)} ${variable}: ${quote(first)}` },
      { line: second.line, thread: threadName(f, second.thread), note: `${verb(second)} ${variable} unsynchronized: ${quote(second)}` },
    ],
  }
}
