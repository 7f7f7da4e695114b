/// The timeline below the kitchen: one lane per thread, a bar per state,
/// arrows from each notify/set/release to the wake-up it caused. A pure
/// layout in pixels; the view only paints it.

import type { TraceModel, LaneState, Arrow } from './trace-model.ts'

export interface TimelineGeometry {
  readonly width: number
  readonly labelWidth: number
  readonly laneHeight: number
  readonly top: number
}

export interface Bar { readonly x: number; readonly w: number; readonly state: LaneState; readonly title: string }
export interface Lane { readonly ident: number; readonly name: string; readonly y: number; readonly bars: readonly Bar[] }
export interface ArrowLine { readonly kind: Arrow['kind']; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }

export interface TimelineLayout {
  readonly lanes: readonly Lane[]
  readonly arrows: readonly ArrowLine[]
  readonly height: number
  /// Display time -> x, and back (for scrubbing).
  readonly xOf: (p: number) => number
  readonly pOf: (x: number) => number
}

/// Lays out the timeline of a trace model.
export function layoutTimeline(m: TraceModel, g: TimelineGeometry): TimelineLayout {
  const span = Math.max(m.duration, 1e-6)
  const inner = Math.max(1, g.width - g.labelWidth - 8)
  const xOf = (p: number): number => g.labelWidth + (Math.min(Math.max(p, 0), span) / span) * inner
  const pOf = (x: number): number => Math.min(span, Math.max(0, ((x - g.labelWidth) / inner) * span))
  const yOf = new Map<number, number>()
  const lanes: Lane[] = m.threads.map((t, i) => {
    const y = g.top + i * g.laneHeight
    yOf.set(t.ident, y)
    const bars = t.segments.filter((s) => s.end > s.start || s.state !== 'running').map((s) => {
      const x = xOf(s.start)
      const what = s.action ? `${s.action.name} ${s.action.dish}` : s.wait ? s.wait.label : s.state
      return { x, w: Math.max(1, xOf(Math.max(s.end, s.start)) - x), state: s.state, title: `${t.name}: ${s.state} (${what}), line ${s.line}` }
    })
    return { ident: t.ident, name: t.name, y, bars }
  })
  const mid = g.laneHeight / 2
  const arrows = m.arrows
    .filter((a) => yOf.has(a.fromThread) && yOf.has(a.toThread))
    .map((a) => ({ kind: a.kind, x1: xOf(a.fromAt), y1: yOf.get(a.fromThread)! + mid, x2: xOf(a.toAt), y2: yOf.get(a.toThread)! + mid }))
  return { lanes, arrows, height: g.top + m.threads.length * g.laneHeight, xOf, pOf }
}
