/// A level (or the sandbox, or a run opened from a file): the story, the
/// palette, the program, and the stage where it plays, with the verdict.

import { h, download } from './dom.ts'
import { Stage } from './stage.ts'
import { verdictPanel } from './verdict.ts'
import { ProgramEditor } from '../view/editor.ts'
import { buildDoc, slotNear, place, removeAt, usedCounts, type Placements, type ProgramDoc } from '../model/program-doc.ts'
import { threadColour, hex } from '../palette.ts'
import type { Connection } from '../api.ts'
import type { LevelView, RunOutcome, Settings, OpenedRun, HostEvent, Mark } from '../../../electron/ipc/contract.ts'

export type ScreenMode =
  | { readonly kind: 'level'; readonly level: LevelView }
  | { readonly kind: 'sandbox'; readonly source: string }
  | { readonly kind: 'replay'; readonly run: OpenedRun }

export interface ScreenDeps {
  readonly conn: Connection
  readonly settings: () => Settings
  readonly go: (hash: string) => void
  readonly openRunFile: (file: File) => void
}

const SANDBOX = `import threading
import kitchen

def assistant():
    kitchen.bake("cake", 3)

helper = threading.Thread(target=assistant, name="Assistant")
helper.start()
kitchen.chop("salad", 1)
helper.join()
kitchen.serve("cake")
`

export class LevelScreen {
  readonly el: HTMLElement
  private editor!: ProgramEditor
  private placements: Placements = {}
  private doc: ProgramDoc | null = null
  private outcome: RunOutcome | null = null
  private runId: string | null = null
  private hintsShown = 0
  private readonly verdictBox = h('div', { class: 'verdict-box' })
  private readonly output = h('pre', { class: 'output', 'aria-label': 'Program output', tabindex: '0' })
  private readonly palette = h('div', { class: 'palette', role: 'group', 'aria-label': 'Palette' })
  private readonly slotSel = h('select', { 'aria-label': 'Place statements into slot' })
  private readonly runBtn: HTMLButtonElement
  private readonly stopBtn: HTMLButtonElement
  private running = false
  private stopWanted = false
  /// The live run has ended and the host is judging it.
  private judging = false
  private readonly onKey = (ev: KeyboardEvent): void => {
    // Escape stops a live run from anywhere on the screen
    if (ev.key === 'Escape' && this.running) { ev.preventDefault(); this.stop() }
  }
  private readonly saveBtn: HTMLButtonElement
  private readonly exportBtn: HTMLButtonElement
  private unlisten: () => void = () => {}

  private constructor(private readonly mode: ScreenMode, private readonly stage: Stage, private readonly deps: ScreenDeps) {
    this.runBtn = h('button', { class: 'ctl primary big', onclick: () => this.run() }, '▶ Run the kitchen')
    this.stopBtn = h('button', { class: 'ctl stop', disabled: true, 'aria-label': 'Stop the run', title: 'Stop the run (Esc)', 'aria-keyshortcuts': 'Escape', onclick: () => this.stop() }, '■ Stop')
    this.saveBtn = h('button', { class: 'ctl', disabled: true, onclick: () => this.save() }, 'Save run')
    this.exportBtn = h('button', { class: 'ctl', onclick: () => this.exportFix() }, 'Export as Python')
    const left = h('div', { class: 'left' })
    const right = h('div', { class: 'right' }, stage.el, this.verdictBox, h('details', { class: 'output-box', open: true }, h('summary', {}, 'Output'), this.output))
    if (mode.kind === 'level') left.append(...this.levelPanel(mode.level))
    else if (mode.kind === 'sandbox') left.append(h('section', { class: 'story card' }, h('h2', {}, 'Kitchen sandbox'), h('p', {}, 'Write any kitchen program and watch it run. Threads are cooks; kitchen.cook, bake, chop, plate and serve are what they do.')))
    else left.append(h('section', { class: 'story card' }, h('h2', {}, `Replay of ${mode.run.name}`),
      h('p', { class: mode.run.same ? 'replay-same' : 'replay-diff' }, mode.run.same ? '✓ Replayed exactly: the same trace, event for event.' : '✗ The replay did not give the recorded trace.')))
    const editorBox = h('div', { class: 'editor-box', 'aria-label': 'Program' })
    left.append(h('section', { class: 'program card', 'aria-label': 'The program' }, h('h3', {}, 'The program'), editorBox,
      h('div', { class: 'run-row' }, mode.kind === 'replay' ? null : this.runBtn, mode.kind === 'replay' ? null : this.stopBtn, this.saveBtn, this.exportBtn)))
    this.el = h('main', { class: 'level-screen' }, left, right)
    this.mountEditor(editorBox)
    stage.onFrame = (scene, model) => this.follow(scene.cooks.map((c) => ({ line: c.line, index: c.index, name: c.name, state: c.state })), model.threads.length)
    this.unlisten = deps.conn.onEvent((e) => this.onHostEvent(e))
    document.addEventListener('keydown', this.onKey)
    this.el.addEventListener('dragover', (ev) => { if (ev.dataTransfer?.types.includes('Files')) ev.preventDefault() })
    this.el.addEventListener('drop', (ev) => {
      const f = ev.dataTransfer?.files[0]
      if (f) { ev.preventDefault(); deps.openRunFile(f) }
    })
  }

  static async create(mode: ScreenMode, deps: ScreenDeps): Promise<LevelScreen> {
    const stage = await Stage.create()
    stage.applySettings(deps.settings())
    const s = new LevelScreen(mode, stage, deps)
    if (mode.kind === 'replay') s.show(mode.run.outcome)
    return s
  }

  private levelPanel(l: LevelView): HTMLElement[] {
    const hintList = h('ol', { class: 'hints', 'aria-live': 'polite' })
    const hintBtn = h('button', { class: 'ctl', onclick: () => {
      if (this.hintsShown >= l.hints.length) return
      hintList.append(h('li', {}, l.hints[this.hintsShown++]))
      hintBtn.textContent = this.hintsShown < l.hints.length ? `Another hint (${this.hintsShown}/${l.hints.length})` : 'No more hints'
      hintBtn.disabled = this.hintsShown >= l.hints.length
    } }, `Show a hint (0/${l.hints.length})`)
    for (const p of l.places) this.slotSel.append(h('option', { value: p.name }, `slot “${p.name}”`))
    return [
      h('section', { class: 'story card' },
        h('p', { class: 'chapter' }, l.chapter),
        h('h2', { id: 'level-title' }, l.title),
        ...l.story.split(/\n\s*\n/).map((para) => h('p', {}, para)),
        h('p', { class: 'par-goal' }, `Par: ${l.par.time} s of kitchen time, ${l.par.statements} statement${l.par.statements === 1 ? '' : 's'}.`),
        hintBtn, hintList),
      h('section', { class: 'palette-card card', 'aria-label': 'Statements to place' },
        h('h3', {}, 'Statements'),
        h('p', { class: 'help' }, 'Drag a statement onto a slot in the program, or choose a slot and press the statement. In the editor, Alt+↓ goes to the next slot and Alt+1, Alt+2… place statements there.'),
        h('label', { class: 'slot-pick' }, 'Slot: ', this.slotSel),
        this.palette),
    ]
  }

  private mountEditor(parent: HTMLElement): void {
    const free = this.mode.kind !== 'level'
    const text = this.mode.kind === 'sandbox' ? this.mode.source || SANDBOX : this.mode.kind === 'replay' ? this.mode.run.outcome.source : ''
    this.editor = new ProgramEditor(parent, {
      doc: text, free: this.mode.kind === 'sandbox',
      slotLines: () => this.doc?.places.map((p) => p.line) ?? [],
      onClear: (line) => this.setPlacements(this.doc ? removeAt(this.placements, this.doc, line) : this.placements),
      onPlaceKey: (line, item) => {
        if (!this.doc || this.mode.kind !== 'level') return
        const slot = slotNear(this.doc, line)
        const code = this.mode.level.palette[item]?.code
        if (slot && code) this.put(slot, code)
      },
      onDrop: (line, code) => {
        if (!this.doc) return
        const slot = slotNear(this.doc, line)
        if (slot) this.put(slot, code)
      },
    })
    if (free && this.mode.kind === 'replay') this.editor.view.contentDOM.setAttribute('aria-readonly', 'true')
    if (this.mode.kind === 'level') this.setPlacements({})
  }

  private put(slot: string, code: string): void {
    if (this.mode.kind !== 'level') return
    const entry = this.mode.level.palette.find((p) => p.code === code)
    if (!entry || (usedCounts(this.placements).get(code) ?? 0) >= entry.count) return
    this.setPlacements(place(this.placements, slot, code))
  }

  private setPlacements(p: Placements): void {
    if (this.mode.kind !== 'level') return
    const l = this.mode.level
    this.placements = p
    this.doc = buildDoc(l.lines, l.places, p)
    this.editor.setDoc(this.doc.text)
    this.markEditor([])
    const used = usedCounts(p)
    this.palette.replaceChildren(...l.palette.map((item, i) => {
      const left = item.count - (used.get(item.code) ?? 0)
      const chip = h('button', {
        class: 'chip', draggable: left > 0 ? 'true' : 'false', disabled: left <= 0,
        'aria-label': `Place ${item.code} into the chosen slot${item.label ? ` (${item.label})` : ''}, ${left} left`,
        title: `${item.label ?? ''} (Alt+${i + 1} in the editor)`,
        onclick: () => this.put(this.slotSel.value, item.code),
        ondragstart: (ev: DragEvent) => { ev.dataTransfer?.setData('text/x-kitchen-statement', item.code); ev.dataTransfer!.effectAllowed = 'copy' },
      }, h('code', {}, item.code), h('span', { class: 'count' }, `×${left}`))
      return chip
    }))
  }

  private markEditor(marks: Mark[], threads: { line: number; colour: string; name: string }[] = []): void {
    const places = this.doc ? this.doc.places : []
    this.editor.setMarks({ places, marks, threads })
  }

  /// Lines of the program that ran, in the editor's lines.
  private toDoc(line: number): number {
    if (!this.doc || this.mode.kind !== 'level') return line
    return this.doc.runToDoc[line - 1] ?? line
  }

  private lastFollow = ''
  private follow(cooks: { line: number; index: number; name: string; state: string }[], _n: number): void {
    const colourBlind = this.deps.settings().colourBlind
    const threads = cooks.filter((c) => c.state !== 'done' && c.line > 0).map((c) => ({ line: this.toDoc(c.line), colour: hex(threadColour(c.index, colourBlind)), name: c.name }))
    const key = JSON.stringify(threads)
    if (key === this.lastFollow) return
    this.lastFollow = key
    const marks = (this.outcome?.verdict?.marks ?? []).map((m) => ({ ...m, line: this.toDoc(m.line) }))
    this.markEditor(marks, threads)
  }

  private onHostEvent(e: HostEvent): void {
    if (e.kind === 'run-started' && this.runId === null && this.running) {
      this.runId = e.runId
      this.stage.load([], true)
      if (this.stopWanted) void this.deps.conn.api.cancel(e.runId)
    }
    else if (e.kind === 'run-events' && e.runId === this.runId) this.stage.append(e.events)
    else if (e.kind === 'run-judging' && e.runId === this.runId && !this.stopWanted) {
      this.judging = true
      this.runBtn.textContent = 'Judging…'
      this.output.textContent = outputText(e.stdout, e.stderr)
      this.verdictBox.replaceChildren(h('p', { class: 'judging', role: 'status' },
        'The kitchen has finished. The judge is checking the run, and the inspector is trying the other ways the cooks could take turns…'),
      h('p', { class: 'judging-progress', 'aria-live': 'off' }))
    }
    else if (e.kind === 'judge-progress' && e.runId === this.runId && this.judging && !this.stopWanted) {
      const p = this.verdictBox.querySelector('.judging-progress')
      if (p) p.textContent = `${e.schedules.toLocaleString('en')} interleavings tried so far (up to ${e.bound} preemption${e.bound === 1 ? '' : 's'}).`
    }
  }

  /// Asks the host to stop the live run (its outcome then says stopped).
  stop(): void {
    if (!this.running || this.stopWanted) return
    this.stopWanted = true
    this.stopBtn.disabled = true
    this.stopBtn.textContent = 'Stopping…'
    if (this.runId) void this.deps.conn.api.cancel(this.runId)
  }

  async run(): Promise<void> {
    this.running = true
    this.stopWanted = false
    this.judging = false
    this.runBtn.disabled = true
    this.stopBtn.disabled = false
    this.runBtn.textContent = 'Running…'
    this.verdictBox.replaceChildren()
    this.output.textContent = ''
    this.outcome = null
    this.runId = null
    try {
      const req = this.mode.kind === 'level'
        ? { levelId: this.mode.level.id, source: this.doc!.text, placements: this.placements }
        : { levelId: null, source: this.editor.doc }
      const outcome = await this.deps.conn.api.run(req)
      if (outcome.stopped) this.showStopped(outcome)
      else this.show(outcome, false)
    } catch (e) {
      this.verdictBox.replaceChildren(h('p', { class: 'error', role: 'alert' }, `The run failed: ${(e as Error).message}`))
    } finally {
      this.running = false
      this.stopBtn.disabled = true
      this.stopBtn.textContent = '■ Stop'
      this.runBtn.disabled = false
      this.runBtn.textContent = '▶ Run the kitchen'
      this.runId = null
    }
  }

  /// Shows a run the player stopped: where it was, its output so far, no verdict.
  private showStopped(outcome: RunOutcome): void {
    this.outcome = outcome
    this.stage.stopped(outcome.trace)
    this.output.textContent = outcome.stdout || '(no output)'
    this.saveBtn.disabled = true
    // a stopped run has no end time of its own: the last event's is where it was
    const time = outcome.trace.length ? outcome.trace[outcome.trace.length - 1].time : 0
    const when = this.judging
      ? `Stopped while the judge was at work: the kitchen finished in ${Number(outcome.time.toFixed(2))} s of kitchen time, but nothing was judged`
      : `Stopped at ${Number(time.toFixed(2))} s of kitchen time. Nothing was judged`
    this.verdictBox.replaceChildren(h('p', { class: 'run-stopped', role: 'status' }, `${when}; press Run to start again.`))
    this.lastFollow = ''
  }

  /// Shows a finished run: its trace on the stage, its output and verdict.
  show(outcome: RunOutcome, reload = true): void {
    this.outcome = outcome
    if (reload || this.stage.duration === 0) this.stage.load(outcome.trace, true)
    else this.stage.settle() // the streamed trace is already the whole run
    this.output.textContent = outputText(outcome.stdout, outcome.stderr)
    this.saveBtn.disabled = outcome.runFile === ''
    const v = outcome.verdict
    if (!v) return
    const l = this.mode.kind === 'level' ? this.mode.level : null
    const ce = v.counterexample
    const panel = verdictPanel(v, {
      next: v.passed && l?.next ? () => this.deps.go(`#/level/${l.next}`) : null,
      watch: ce ? () => this.stage.load(ce.trace, true) : !v.passed && outcome.trace.length ? () => this.stage.load(outcome.trace, true) : null,
      watchLabel: ce ? '▶ Watch the counterexample' : '▶ Watch it go wrong again',
    })
    this.verdictBox.replaceChildren(panel)
    if (ce) this.stage.load(ce.trace, true)
    this.lastFollow = ''
    this.stage.draw(true)
  }

  private async save(): Promise<void> {
    if (!this.outcome?.runFile) return
    const base = this.mode.kind === 'level' ? this.mode.level.id.replace('/', '-') : 'sandbox'
    const name = `${base}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`
    try {
      const saved = await this.deps.conn.api.saveRun(this.outcome.runFile, name)
      if (this.deps.conn.host === 'web') download(saved.name, saved.text)
      this.verdictBox.append(h('p', { class: 'saved', role: 'status' }, `Saved the run as ${saved.name}.`))
    } catch (e) {
      this.verdictBox.append(h('p', { class: 'error', role: 'alert' }, `Could not save: ${(e as Error).message}`))
    }
  }

  private async exportFix(): Promise<void> {
    const levelId = this.mode.kind === 'level' ? this.mode.level.id : null
    const source = this.mode.kind === 'level' ? this.outcome?.source ?? this.doc!.text : this.editor.doc
    const saved = await this.deps.conn.api.exportPython(levelId, source)
    if (this.deps.conn.host === 'web') download(saved.name, saved.text, 'text/x-python')
    this.verdictBox.append(h('p', { class: 'saved', role: 'status' }, `Exported ${saved.name}.`))
  }

  applySettings(s: Settings): void {
    this.stage.applySettings(s)
  }

  get stageApi(): Stage {
    return this.stage
  }

  destroy(): void {
    this.unlisten()
    document.removeEventListener('keydown', this.onKey)
    if (this.running && this.runId) void this.deps.conn.api.cancel(this.runId)
    this.editor.destroy()
    this.stage.kitchen.destroy()
  }
}

/// What a run printed, for the output pane.
function outputText(stdout: string, stderr: string): string {
  return stdout + (stderr ? `\n${stderr}` : '') || '(no output)'
}
