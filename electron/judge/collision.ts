/// Station collision: more cooks working at a station at once than it has room for.

import type { Finding } from './types.ts'
import { type Facts, threadName } from './facts.ts'

/// `capacity`: station → how many cooks fit (the stations a level lists).
export function detectCollisions(f: Facts, capacity: Readonly<Record<string, number>>): Finding[] {
  const out: Finding[] = []
  const reported = new Set<string>()
  const points: { seq: number; start: boolean; i: number }[] = []
  f.actions.forEach((a, i) => {
    if (capacity[a.station] === undefined) return
    points.push({ seq: a.startSeq, start: true, i }, { seq: a.endSeq, start: false, i })
  })
  points.sort((a, b) => a.seq - b.seq || (a.start ? 1 : -1))
  const active = new Map<string, number[]>()
  for (const p of points) {
    const a = f.actions[p.i]
    const list = active.get(a.station) ?? []
    if (!p.start) { active.set(a.station, list.filter((j) => j !== p.i)); continue }
    list.push(p.i)
    active.set(a.station, list)
    if (list.length > capacity[a.station] && !reported.has(a.station)) {
      reported.add(a.station)
      const who = list.map((j) => f.actions[j])
      const room = capacity[a.station]
      out.push({
        kind: 'collision',
        message: `Station collision: ${who.length} cooks at the ${a.station} at once (${who.map((w) => `${threadName(f, w.thread)} to ${w.verb} ${w.dish}`).join(', ')}); it has room for ${room}.`,
        places: who.map((w) => ({ line: w.line, thread: threadName(f, w.thread), note: `${w.verb}s ${w.dish} at the ${a.station}` })),
      })
    }
  }
  return out
}
