/// The app shell: routes between the level map and a level screen
/// (#/, #/level/ID, #/sandbox, #/replay), applies settings, and opens
/// run files dropped on the window or pushed by the host.

import { h } from './ui/dom.ts'
import { levelMap } from './ui/level-map.ts'
import { LevelScreen, type ScreenMode } from './ui/level-screen.ts'
import { settingsDialog } from './ui/settings.ts'
import type { Connection } from './api.ts'
import { DEFAULT_SETTINGS, type OpenedRun, type PackInfo, type Settings } from '../../electron/ipc/contract.ts'

export class App {
  private settings: Settings = DEFAULT_SETTINGS
  private screen: LevelScreen | null = null
  private opened: OpenedRun | null = null
  private readonly body = h('div', { class: 'screen' })
  private readonly notice = h('div', { class: 'notice', role: 'alert' })
  private routing = Promise.resolve()

  constructor(private readonly conn: Connection, private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    this.settings = await this.conn.api.getSettings()
    this.applySettings()
    const nav = h('nav', { class: 'topbar', 'aria-label': 'Main' },
      h('a', { href: '#/', class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), 'Kitchen Sync'),
      h('button', { class: 'ctl', onclick: () => this.go('#/') }, 'Level map'),
      h('button', { class: 'ctl', 'aria-label': 'Settings', onclick: () => this.openSettings() }, 'Settings'))
    this.root.replaceChildren(nav, this.notice, this.body)
    this.conn.onEvent((e) => {
      if (e.kind === 'open-run') this.showRun(e.run)
      if (e.kind === 'open-pack') this.packOpened(e.pack)
      if (e.kind === 'progress-recovered') this.say(e.message)
    })
    window.addEventListener('hashchange', () => this.route())
    window.addEventListener('dragover', (ev) => { if (ev.dataTransfer?.types.includes('Files')) ev.preventDefault() })
    window.addEventListener('drop', (ev) => {
      const f = ev.dataTransfer?.files[0]
      if (f && !ev.defaultPrevented) { ev.preventDefault(); this.openFile(f) }
    })
    await this.route()
  }

  go(hash: string): void {
    if (location.hash === hash) void this.route()
    else location.hash = hash
  }

  private say(message: string): void {
    this.notice.replaceChildren(h('p', {}, message, ' ', h('button', { class: 'ctl', onclick: () => this.notice.replaceChildren() }, 'Dismiss')))
  }

  private route(): Promise<void> {
    this.routing = this.routing.then(() => this.show()).catch((e) => this.say(`Something went wrong: ${(e as Error).message}`))
    return this.routing
  }

  private async show(): Promise<void> {
    const hash = location.hash || '#/'
    this.screen?.destroy()
    this.screen = null
    // a pack's levels are PACK/LEVEL
    const m = /^#\/level\/([\w-]+(?:\/[\w-]+)?)$/.exec(hash)
    let mode: ScreenMode | null = null
    if (m) {
      try {
        mode = { kind: 'level', level: await this.conn.api.getLevel(m[1]) }
      } catch (e) {
        this.refused((e as Error).message)
        return
      }
    }
    else if (hash === '#/sandbox') mode = { kind: 'sandbox', source: '' }
    else if (hash === '#/replay' && this.opened) mode = { kind: 'replay', run: this.opened }
    if (!mode) {
      const [levels, packs, runs] = await Promise.all([this.conn.api.listLevels(), this.conn.api.listPacks(), this.conn.api.listRuns()])
      this.body.replaceChildren(levelMap(levels, packs, runs, {
        open: (id) => this.go(`#/level/${id}`),
        sandbox: () => this.go('#/sandbox'),
        openSaved: (name) => { this.conn.api.openRun(name).then((r) => this.showRun(r), (e) => this.say(`Cannot open ${name}: ${(e as Error).message}`)) },
        openFile: (f) => this.openFile(f),
      }))
      document.title = 'Kitchen Sync'
      this.body.querySelector<HTMLElement>('.level-btn:not([disabled])')?.focus()
      return
    }
    const screen = await LevelScreen.create(mode, { conn: this.conn, settings: () => this.settings, go: (h_) => this.go(h_), openRunFile: (f) => this.openFile(f) })
    this.screen = screen
    this.body.replaceChildren(screen.el)
    document.title = mode.kind === 'level' ? `${mode.level.title} · Kitchen Sync` : 'Kitchen Sync'
    ;(window as unknown as { kitchenStage?: unknown }).kitchenStage = screen.stageApi
    // the benchmark's "interactive level screen" moment
    if (mode.kind === 'level' && performance.getEntriesByName('level-ready').length === 0) performance.mark('level-ready')
  }

  /// A level the host would not open (locked, or no such level): why, and the way back.
  private refused(message: string): void {
    const back = h('button', { class: 'ctl primary', onclick: () => this.go('#/') }, 'Back to the level map')
    this.body.replaceChildren(h('main', { class: 'refused card', 'aria-labelledby': 'refused-title' },
      h('h1', { id: 'refused-title' }, / is locked: /.test(message) ? 'This level is locked' : 'This level cannot be opened'),
      h('p', { class: 'refused-reason', role: 'alert' }, message),
      back))
    document.title = 'Kitchen Sync'
    back.focus()
  }

  private openFile(f: File): void {
    const name = f.name.slice(0, 200)
    if (name.endsWith('.kitchenpack')) {
      f.text().then((text) => this.conn.api.openPackText(name, text))
        .then((p) => this.packOpened(p), (e) => this.say(`Cannot open the level pack ${f.name}: ${(e as Error).message}`))
      return
    }
    f.text().then((text) => this.conn.api.openRunText(name, text))
      .then((r) => this.showRun(r), (e) => this.say(`Cannot open ${f.name}: ${(e as Error).message}`))
  }

  private packOpened(p: PackInfo): void {
    this.say(`Opened the level pack “${p.title}” by ${p.author} (version ${p.version}): ${p.levels} level${p.levels === 1 ? '' : 's'}, on the level map.`)
    this.go('#/')
  }

  private showRun(r: OpenedRun): void {
    this.opened = r
    this.go('#/replay')
  }

  private openSettings(): void {
    const dlg = settingsDialog(this.settings, (s) => {
      this.conn.api.saveSettings(s).then((saved) => { this.settings = saved; this.applySettings() }, (e) => this.say((e as Error).message))
    })
    document.body.append(dlg)
    dlg.addEventListener('close', () => dlg.remove())
    dlg.showModal()
  }

  private applySettings(): void {
    const d = document.documentElement
    d.dataset.textSize = this.settings.textSize
    d.classList.toggle('reduced-motion', this.settings.reducedMotion)
    d.classList.toggle('colour-blind', this.settings.colourBlind)
    this.screen?.applySettings(this.settings)
  }
}
