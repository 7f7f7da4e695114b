/// The stage: the kitchen canvas, the playback controls and the timeline
/// for one trace. The playhead is the only state that moves; every frame
/// draws sceneAt(model, playhead). Live runs, replays and counterexamples
/// all load a trace here.

import { h } from './dom.ts'
import { buildModel, TICK, type TraceModel } from '../model/trace-model.ts'
import { sceneAt, type Scene } from '../model/scene.ts'
import { KitchenView } from '../view/kitchen-view.ts'
import { TimelineView } from '../view/timeline-view.ts'
import { STATE_COLOURS, STATE_WORDS } from '../palette.ts'
import type { Settings, TraceEvent } from '../../../electron/ipc/contract.ts'

const SPEEDS = [0.5, 1, 2, 4, 8, 16]
/// How often a live run's streamed events are folded into the model.
const REBUILD_MS = 50

export class Stage {
  readonly el: HTMLElement
  private model: TraceModel = buildModel([])
  private trace: TraceEvent[] = []
  private p = 0
  private playing = false
  private last = 0
  private raf = 0
  private speed = 1
  private reducedMotion = false
  private colourBlind = false
  private drawn = -1
  private described = ''
  private readonly timeline: TimelineView
  private readonly playBtn: HTMLButtonElement
  private readonly scrub: HTMLInputElement
  private readonly clock: HTMLElement
  private readonly status: HTMLElement
  private readonly speedSel: HTMLSelectElement
  private readonly legend: HTMLElement
  private readonly idle: HTMLElement
  private readonly timelineBox: HTMLElement
  /// Called after each frame with the scene drawn (the editor follows the threads).
  onFrame: (scene: Scene, model: TraceModel) => void = () => {}
  /// Called once when the playhead reaches the end of a finished trace.
  onEnd: () => void = () => {}
  private endedOnce = false

  private constructor(readonly kitchen: KitchenView) {
    this.timelineBox = h('div', { class: 'timeline-box' }, h('h3', { class: 'sr-only' }, 'Timeline'))
    this.timeline = new TimelineView(this.timelineBox, (p) => this.seek(p))
    this.playBtn = h('button', { class: 'ctl primary', 'aria-label': 'Play', title: 'Play or pause (Space)', onclick: () => this.toggle() }, '▶ Play')
    this.scrub = h('input', { type: 'range', min: '0', max: '1000', value: '0', class: 'scrub', 'aria-label': 'Playhead: scrub through the run', oninput: () => this.seek((Number(this.scrub.value) / 1000) * this.model.duration) })
    this.clock = h('span', { class: 'clock', 'aria-label': 'Kitchen time' }, '0.0 s')
    this.status = h('p', { class: 'stage-status', role: 'status', 'aria-live': 'polite' })
    this.speedSel = h('select', { 'aria-label': 'Speed', onchange: () => { this.speed = Number(this.speedSel.value) } },
      ...SPEEDS.map((s) => h('option', { value: String(s), selected: s === 1 }, `${s}×`)))
    this.legend = h('div', { class: 'legend', 'aria-hidden': 'true' })
    const controls = h('div', { class: 'controls', role: 'toolbar', 'aria-label': 'Playback' },
      this.playBtn,
      h('button', { class: 'ctl', 'aria-label': 'Step one event', title: 'Step one event (→)', onclick: () => this.step(1) }, 'Step ›'),
      h('button', { class: 'ctl', 'aria-label': 'Step back one event', title: 'Back one event (←)', onclick: () => this.step(-1) }, '‹ Back'),
      h('button', { class: 'ctl', 'aria-label': 'Restart', title: 'Restart (Home)', onclick: () => this.restart() }, '↺ Restart'),
      h('button', { class: 'ctl', 'aria-label': 'Skip to the end', title: 'Skip to the end (End)', onclick: () => this.seek(this.model.duration) }, 'End »'),
      h('label', { class: 'speed' }, 'Speed ', this.speedSel),
      this.scrub, this.clock)
    this.idle = h('p', { class: 'kitchen-idle' }, 'The kitchen is quiet. Place your statements and press Run: every thread walks in as a cook.')
    kitchen.el.append(this.idle)
    const canvasBox = h('div', { class: 'kitchen-box' }, kitchen.el)
    kitchen.canvas.setAttribute('aria-label', 'The kitchen')
    this.el = h('section', { class: 'stage', 'aria-label': 'Kitchen and timeline' },
      canvasBox, controls, this.status,
      this.timelineBox, this.legend)
    this.paintLegend()
    this.el.addEventListener('keydown', (ev) => this.key(ev))
  }

  static async create(): Promise<Stage> {
    return new Stage(await KitchenView.create())
  }

  applySettings(s: Settings): void {
    this.reducedMotion = s.reducedMotion
    this.colourBlind = s.colourBlind
    this.speed = s.speed
    this.speedSel.value = String(SPEEDS.includes(s.speed) ? s.speed : 1)
    this.kitchen.setOptions({ colourBlind: s.colourBlind })
    this.timeline.setModel(this.model, this.colourBlind)
    this.paintLegend()
    this.draw(true)
  }

  private paintLegend(): void {
    const c = STATE_COLOURS[this.colourBlind ? 'safe' : 'warm']
    this.legend.replaceChildren(...(Object.keys(STATE_WORDS) as (keyof typeof STATE_WORDS)[]).filter((k) => k !== 'done').map((k) =>
      h('span', { class: 'key' }, h('i', { style: `background:${c[k]}` }), STATE_WORDS[k])),
    h('span', { class: 'key' }, h('i', { class: 'arrow' }), 'notify / set → wake-up'))
  }

  /// Shows a new trace (empty while a live run starts) from its beginning.
  load(trace: readonly TraceEvent[], autoplay = true): void {
    this.cancelRebuild()
    this.trace = trace.slice()
    this.model = buildModel(this.trace)
    this.timeline.setModel(this.model, this.colourBlind)
    this.p = 0
    this.endedOnce = false
    this.setPlaying(autoplay)
    this.draw(true)
  }

  /// Shows a run the player stopped: what it did until then, paused at the
  /// moment it stopped.
  stopped(trace: readonly TraceEvent[]): void {
    this.cancelRebuild()
    this.trace = trace.slice()
    this.model = buildModel(this.trace, true)
    this.timeline.setModel(this.model, this.colourBlind)
    this.setPlaying(false)
    this.p = this.model.duration
    this.endedOnce = true
    this.draw(true)
  }

  /// Adds streamed events of the live run. The model is rebuilt from the
  /// whole trace at most every REBUILD_MS, not per batch: a long run streams
  /// thousands of batches, and rebuilding for each was quadratic.
  append(events: readonly TraceEvent[]): void {
    for (const e of events) this.trace.push(e)
    if (this.rebuildTimer === null) this.rebuildTimer = setTimeout(() => this.rebuild(), REBUILD_MS)
  }

  private rebuildTimer: ReturnType<typeof setTimeout> | null = null

  private rebuild(): void {
    this.rebuildTimer = null
    this.model = buildModel(this.trace)
    this.timeline.setModel(this.model, this.colourBlind)
    this.draw(true)
  }

  /// The live run is over: fold in whatever was streamed, now.
  settle(): void {
    this.cancelRebuild()
    this.rebuild()
  }

  /// A new trace replaces the streamed one: a rebuild still pending would bring the old one back.
  private cancelRebuild(): void {
    if (this.rebuildTimer !== null) clearTimeout(this.rebuildTimer)
    this.rebuildTimer = null
  }

  get duration(): number { return this.model.duration }
  get playhead(): number { return this.p }
  get isPlaying(): boolean { return this.playing }

  private setPlaying(on: boolean): void {
    this.playing = on
    this.playBtn.textContent = on ? '❚❚ Pause' : '▶ Play'
    this.playBtn.setAttribute('aria-label', on ? 'Pause' : 'Play')
    if (on && !this.raf) {
      this.last = performance.now()
      this.raf = requestAnimationFrame((t) => this.frame(t))
    }
  }

  toggle(): void {
    if (!this.playing && this.p >= this.model.duration && this.model.ending !== 'running') this.p = 0
    this.setPlaying(!this.playing)
  }

  restart(): void {
    this.p = 0
    this.endedOnce = false
    this.draw(true)
  }

  seek(p: number): void {
    this.p = Math.max(0, Math.min(p, this.model.duration))
    this.draw(true)
  }

  /// Moves the playhead to the next (or previous) event that shows.
  step(dir: 1 | -1): void {
    this.setPlaying(false)
    const at = this.model.at
    if (dir > 0) {
      const next = at.find((a) => a > this.p + 1e-9)
      this.seek(next ?? this.model.duration)
    } else {
      let prev = 0
      for (const a of at) { if (a >= this.p - 1e-9) break; prev = a }
      this.seek(prev)
    }
    // name the last event that shows (GIL hand-offs share its moment)
    let i = sceneAt(this.model, this.p).eventIndex
    while (i > 0 && (this.model.events[i].kind === 'switch' || this.model.events[i].kind === 'thread-name')) i--
    const e = this.model.events[Math.max(0, i)]
    if (e) this.status.textContent = describe(e, this.model)
  }

  private key(ev: KeyboardEvent): void {
    const target = ev.target as HTMLElement
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return
    const acts: Record<string, () => void> = {
      ' ': () => this.toggle(), ArrowRight: () => this.step(1), ArrowLeft: () => this.step(-1),
      Home: () => this.restart(), End: () => this.seek(this.model.duration),
    }
    const act = acts[ev.key]
    if (act && target.tagName !== 'BUTTON') { ev.preventDefault(); act() }
  }

  private frame(now: number): void {
    this.raf = 0
    const dt = Math.min(0.1, (now - this.last) / 1000)
    this.last = now
    if (this.playing) {
      this.p = Math.min(this.model.duration, this.p + dt * this.speed)
      if (this.p >= this.model.duration && this.model.ending !== 'running') this.setPlaying(false)
      this.draw(false)
      if (this.playing) this.raf = requestAnimationFrame((t) => this.frame(t))
    }
  }

  /// Draws the scene at the playhead (skipping identical frames unless forced).
  draw(force: boolean): Scene {
    const scene = sceneAt(this.model, this.p, this.reducedMotion)
    if (force || this.p !== this.drawn) {
      this.drawn = this.p
      this.kitchen.render(scene, force)
      this.timeline.render(this.p)
      this.idle.hidden = this.model.events.length > 0 || scene.stopped
      const d = this.model.duration
      this.scrub.value = String(d > 0 ? Math.round((this.p / d) * 1000) : 0)
      this.scrub.setAttribute('aria-valuetext', `kitchen time ${scene.time.toFixed(1)} seconds`)
      this.clock.textContent = `${scene.time.toFixed(1)} s`
      const words = describeScene(scene)
      if (words !== this.described) { this.described = words; this.kitchen.canvas.setAttribute('aria-label', words) }
      this.onFrame(scene, this.model)
    }
    if (scene.ended && !this.endedOnce) { this.endedOnce = true; this.onEnd() }
    return scene
  }

  /// Frame time measurement for the benchmark: draws n frames across the trace.
  benchFrames(n: number): number[] {
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const t0 = performance.now()
      this.p = (i / n) * this.model.duration
      this.draw(true)
      times.push(performance.now() - t0)
    }
    return times
  }
}

/// One event in words (for stepping with a screen reader).
function describe(e: TraceEvent, m: TraceModel): string {
  const who = m.threads.find((t) => t.ident === e.thread)?.name ?? `thread ${e.thread}`
  const d = e.detail as Record<string, unknown> | undefined
  const what = e.kind === 'action-start' ? `starts to ${d?.action} ${d?.dish}` : e.kind === 'action-end' ? `finishes ${d?.action} ${d?.dish}` : e.kind === 'print' ? `prints ${JSON.stringify(String(e.detail).trim())}` : e.kind
  return `${who} ${what}${e.line ? ` (line ${e.line})` : ''} at ${e.time} s`
}

function describeScene(s: Scene): string {
  const cooks = s.cooks.map((c) => `${c.name}: ${c.state === 'working' && c.action ? `${c.action.name}s ${c.action.dish}` : c.bubble ?? STATE_WORDS[c.state]}`).join('; ')
  return `The kitchen at ${s.time.toFixed(1)} s. ${cooks}${s.deadlocked ? '. The kitchen is blocked.' : s.stopped ? '. The run was stopped.' : ''}`
}

export { TICK }
