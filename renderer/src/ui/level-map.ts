/// The level map: chapters and their levels (locked, open, cleared with
/// the best time and statements), the chapters of each level pack the
/// player opened beside the game's own, saved runs to open, and the sandbox.

import { h } from './dom.ts'
import type { LevelSummary, PackInfo } from '../../../electron/ipc/contract.ts'

export interface MapActions {
  readonly open: (id: string) => void
  readonly sandbox: () => void
  readonly openSaved: (name: string) => void
  readonly openFile: (file: File) => void
}

/// A group's chapters as cards; levels are numbered within the group.
function chapterCards(levels: readonly LevelSummary[], a: MapActions, packTitle: string | null): HTMLElement[] {
  const chapters = new Map<string, LevelSummary[]>()
  for (const l of levels) chapters.set(l.chapter, [...(chapters.get(l.chapter) ?? []), l])
  let n = 0
  return [...chapters].map(([chapter, ls]) => h('section', { class: 'chapter-card card', 'aria-label': `${packTitle ? `${packTitle}: ` : ''}Chapter ${chapter}` },
    h('h2', {}, chapter),
    h('ol', { class: 'levels' }, ...ls.map((l) => {
      n++
      const status = l.locked ? 'locked' : l.cleared ? 'cleared' : 'open'
      const best = l.best ? ` · best ${l.best.time} s, ${l.best.statements} statement${l.best.statements === 1 ? '' : 's'}` : ''
      return h('li', {}, h('button', {
        class: `level-btn ${status}`, disabled: l.locked, dataset: { level: l.id },
        'aria-label': `${packTitle ? `${packTitle}, level` : 'Level'} ${n}: ${l.title}, ${status}${best}`, onclick: () => a.open(l.id),
      }, h('span', { class: 'num' }, l.locked ? h('span', { class: 'padlock', 'aria-hidden': 'true' }) : l.cleared ? '✓' : String(n)), h('span', { class: 'title' }, l.title), h('span', { class: 'best' }, best.replace(' · ', ''))))
    }))))
}

export function levelMap(levels: readonly LevelSummary[], packs: readonly PackInfo[], runs: readonly string[], a: MapActions): HTMLElement {
  const file = h('input', { type: 'file', accept: '.kitchenrun,.kitchenpack,application/json', class: 'sr-only', id: 'open-file', onchange: () => { const f = file.files?.[0]; if (f) a.openFile(f) } })
  const packFile = h('input', { type: 'file', accept: '.kitchenpack', class: 'sr-only', id: 'open-pack', onchange: () => { const f = packFile.files?.[0]; if (f) a.openFile(f) } })
  const fileButton = (input: HTMLInputElement, text: string): HTMLElement => h('label', { for: input.id, class: 'ctl file-label', tabindex: '0', role: 'button', onkeydown: (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click() } } }, text)
  const runSel = h('select', { 'aria-label': 'Saved runs' }, ...runs.map((r) => h('option', { value: r }, r)))
  return h('main', { class: 'map' },
    h('header', { class: 'map-head' },
      h('h1', {}, 'Kitchen Sync'),
      h('p', { class: 'tagline' }, 'Every cook is a thread. Put the right statement in the right place and the kitchen runs like clockwork.')),
    h('div', { class: 'chapters' }, ...chapterCards(levels.filter((l) => l.pack === null), a, null)),
    ...packs.map((p) => h('section', { class: 'pack', 'aria-label': `Level pack ${p.title}` },
      h('header', { class: 'pack-head' },
        h('h2', {}, p.title),
        h('p', { class: 'pack-by' }, `A level pack by ${p.author} · version ${p.version} · ${p.levels} level${p.levels === 1 ? '' : 's'}`),
        p.description ? h('p', { class: 'help' }, p.description) : null),
      h('div', { class: 'chapters' }, ...chapterCards(levels.filter((l) => l.pack === p.id), a, p.title)))),
    h('section', { class: 'card runs-card', 'aria-label': 'Runs' },
      h('h2', {}, 'Replay a run'),
      runs.length ? h('div', { class: 'row' }, runSel, h('button', { class: 'ctl', onclick: () => a.openSaved(runSel.value) }, 'Open saved run')) : h('p', { class: 'help' }, 'Runs you save appear here.'),
      h('div', { class: 'row' }, file, fileButton(file, 'Open a .kitchenrun file…')),
      h('p', { class: 'help' }, 'You can also drop a .kitchenrun file anywhere on the window.'),
      h('h2', {}, 'Level packs'),
      h('div', { class: 'row' }, packFile, fileButton(packFile, 'Open a level pack (.kitchenpack)…')),
      h('p', { class: 'help' }, 'A teacher’s pack of levels: its chapters appear on this map, with their own progress. You can also drop a .kitchenpack file on the window.'),
      h('h2', {}, 'Sandbox'),
      h('button', { class: 'ctl', onclick: a.sandbox }, 'Open the kitchen sandbox')))
}
