/// The verdict panel: the judge's result in words, par, the certificate,
/// and the way on (next level, watch the counterexample, save, export).

import { h } from './dom.ts'
import type { VerdictView } from '../../../electron/ipc/contract.ts'

export interface VerdictActions {
  readonly next: (() => void) | null
  readonly watch: (() => void) | null
  readonly watchLabel: string
}

export function verdictPanel(v: VerdictView, a: VerdictActions): HTMLElement {
  const el = h('section', { class: `verdict ${v.passed ? 'passed' : 'failed'}`, 'aria-label': 'Verdict', role: 'region' },
    h('h2', { class: 'verdict-headline', tabindex: '-1' }, v.headline),
    v.details.length ? h('ul', { class: 'verdict-details' }, ...v.details.map((d) => h('li', {}, d))) : null,
    v.marks.length ? h('p', { class: 'verdict-lines' }, `See ${v.marks.length === 1 ? 'line' : 'lines'} ${[...new Set(v.marks.map((m) => m.line))].join(', ')} in the program.`) : null,
    v.par ? h('p', { class: 'par' },
      `Kitchen time ${fmt(v.par.yourTime)} s (par ${fmt(v.par.time)} s) · statements ${v.par.yourStatements} (par ${v.par.statements})`) : null,
    v.certificate ? h('p', { class: 'certificate' }, `Certificate: the inspector explored ${v.certificate.schedules.toLocaleString('en')} interleavings${v.certificate.bound !== null ? ` (up to ${v.certificate.bound} preemptions)` : ''} in ${v.certificate.seconds.toFixed(2)} s, and the fix held in every one.`) : null,
    v.counterexample ? h('p', { class: 'counterexample-note' }, v.counterexample.note) : null,
    h('div', { class: 'verdict-actions' },
      a.watch ? h('button', { class: 'ctl', onclick: a.watch }, a.watchLabel) : null,
      a.next ? h('button', { class: 'ctl primary', onclick: a.next }, 'Next level →') : null))
  return el
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2)
}
