/// The settings dialog: speed, reduced motion, colour-blind palette, text size.

import { h } from './dom.ts'
import type { Settings } from '../../../electron/ipc/contract.ts'

export function settingsDialog(current: Settings, save: (s: Settings) => void): HTMLDialogElement {
  const speed = h('select', { id: 'set-speed' }, ...[0.5, 1, 2, 4, 8].map((s) => h('option', { value: String(s), selected: s === current.speed }, `${s}×`)))
  const motion = h('input', { type: 'checkbox', id: 'set-motion', checked: current.reducedMotion })
  const cb = h('input', { type: 'checkbox', id: 'set-cb', checked: current.colourBlind })
  const size = h('select', { id: 'set-size' }, ...(['normal', 'large', 'larger'] as const).map((s) => h('option', { value: s, selected: s === current.textSize }, s)))
  const dlg = h('dialog', { class: 'settings card', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    h('p', {}, h('label', { for: 'set-speed' }, 'Playback speed '), speed),
    h('p', {}, motion, h('label', { for: 'set-motion' }, ' Reduced motion (cooks step instead of walking)')),
    h('p', {}, cb, h('label', { for: 'set-cb' }, ' Colour-blind safe palette')),
    h('p', {}, h('label', { for: 'set-size' }, 'Text size '), size),
    h('div', { class: 'row' },
      h('button', { class: 'ctl primary', onclick: () => {
        save({ speed: Number(speed.value), reducedMotion: motion.checked, colourBlind: cb.checked, textSize: size.value as Settings['textSize'] })
        dlg.close()
      } }, 'Save'),
      h('button', { class: 'ctl', onclick: () => dlg.close() }, 'Cancel')))
  return dlg
}
