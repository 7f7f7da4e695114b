/// Paints the timeline layout on a 2D canvas and turns pointer drags on it
/// into playhead positions (scrubbing). The lanes change only when the trace
/// does, so they are painted then; a frame only moves the playhead, a thin
/// element over the canvas placed with a CSS transform (no repaint of the
/// canvas, which software GL would pay for on every frame).

import { layoutTimeline, type TimelineLayout } from '../model/timeline.ts'
import type { TraceModel } from '../model/trace-model.ts'
import { STATE_COLOURS } from '../palette.ts'

const LANE = 22
const LABEL = 150

export class TimelineView {
  readonly canvas = document.createElement('canvas')
  private readonly playhead = document.createElement('div')
  private layout: TimelineLayout | null = null
  private model: TraceModel | null = null
  private safe = false

  constructor(private readonly box: HTMLElement, private readonly onScrub: (p: number) => void) {
    const layers = document.createElement('div')
    layers.className = 'timeline-layers'
    this.playhead.className = 'timeline-playhead'
    this.playhead.setAttribute('aria-hidden', 'true')
    layers.append(this.canvas, this.playhead)
    box.append(layers)
    this.canvas.className = 'timeline-canvas'
    this.canvas.setAttribute('aria-hidden', 'true')
    let dragging = false
    const at = (ev: PointerEvent): void => {
      if (!this.layout) return
      const r = this.canvas.getBoundingClientRect()
      this.onScrub(this.layout.pOf(((ev.clientX - r.left) / r.width) * this.canvas.width))
    }
    this.canvas.addEventListener('pointerdown', (ev) => { dragging = true; this.canvas.setPointerCapture(ev.pointerId); at(ev) })
    this.canvas.addEventListener('pointermove', (ev) => { if (dragging) at(ev) })
    this.canvas.addEventListener('pointerup', () => { dragging = false })
    // lay out again when the space it has changes (it is first laid out before it is shown)
    new ResizeObserver(() => {
      const w = this.box.clientWidth
      if (this.model && w > 0 && Math.abs(Math.max(600, w) - this.canvas.width) > 2) { this.setModel(this.model, this.safe); this.render(this.lastP, true) }
    }).observe(this.box)
  }

  private lastP = 0
  private lastX = NaN
  /// The lanes need painting (a new model, colours or size).
  private stale = true

  setModel(m: TraceModel, colourBlind: boolean): void {
    this.model = m
    this.safe = colourBlind
    const width = Math.max(600, Math.round(this.box.clientWidth || 900))
    this.layout = layoutTimeline(m, { width, labelWidth: LABEL, laneHeight: LANE, top: 6 })
    this.canvas.width = width
    this.canvas.height = Math.max(60, this.layout.height + 8)
    this.stale = true
  }

  /// Shows the playhead at `p`, painting the lanes first when they changed.
  render(p: number, force = false): void {
    this.lastP = p
    const l = this.layout
    if (!l) return
    if (this.stale || force) this.paint()
    const x = l.xOf(p)
    if (x !== this.lastX) {
      this.lastX = x
      this.playhead.style.transform = `translateX(${(x - 1).toFixed(1)}px)`
    }
  }

  private paint(): void {
    const l = this.layout
    const m = this.model
    const ctx = this.canvas.getContext('2d')
    if (!l || !m || !ctx) return
    this.stale = false
    const colours = STATE_COLOURS[this.safe ? 'safe' : 'warm']
    ctx.fillStyle = '#fffaf0'
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height)
    ctx.font = '12px DejaVu Sans, Verdana, sans-serif'
    ctx.textBaseline = 'middle'
    for (const lane of l.lanes) {
      ctx.fillStyle = '#f3e6cf'
      ctx.fillRect(LABEL, lane.y + 3, this.canvas.width - LABEL - 8, LANE - 6)
      ctx.fillStyle = '#3b2a1a'
      ctx.fillText(lane.name.length > 20 ? lane.name.slice(0, 19) + '…' : lane.name, 6, lane.y + LANE / 2)
      for (const b of lane.bars) {
        if (b.state === 'done') continue
        ctx.fillStyle = colours[b.state]
        ctx.fillRect(b.x, lane.y + 4, b.w, LANE - 8)
      }
    }
    ctx.lineWidth = 1.5
    for (const a of l.arrows) {
      ctx.strokeStyle = a.kind === 'release' ? '#8b5a2b' : a.kind === 'join' ? '#2e86ab' : '#6a1b9a'
      ctx.beginPath()
      ctx.moveTo(a.x1, a.y1)
      ctx.lineTo(a.x2, a.y2)
      ctx.stroke()
      const ang = Math.atan2(a.y2 - a.y1, a.x2 - a.x1)
      ctx.beginPath()
      ctx.moveTo(a.x2, a.y2)
      ctx.lineTo(a.x2 - 7 * Math.cos(ang - 0.4), a.y2 - 7 * Math.sin(ang - 0.4))
      ctx.lineTo(a.x2 - 7 * Math.cos(ang + 0.4), a.y2 - 7 * Math.sin(ang + 0.4))
      ctx.closePath()
      ctx.fillStyle = ctx.strokeStyle
      ctx.fill()
    }
  }
}
