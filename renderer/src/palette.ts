/// Colours: each thread's apron and lane, and the lane states, in a warm
/// default palette and a colour-blind safe one (Okabe and Ito).

import type { LaneState } from './model/trace-model.ts'

const WARM = [0xc0392b, 0x2e86ab, 0x5b8c3a, 0xd68910, 0x8e5ea2, 0x16a085, 0xe07a5f, 0x34495e]
const SAFE = [0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7, 0x000000]

export function threadColour(index: number, colourBlind: boolean): number {
  const p = colourBlind ? SAFE : WARM
  return p[index % p.length]
}

export const STATE_COLOURS: Record<'warm' | 'safe', Record<LaneState, string>> = {
  warm: { running: '#7fb069', working: '#e8a33d', blocked: '#c0392b', waiting: '#8e5ea2', sleeping: '#9aa9b8', joining: '#2e86ab', done: '#d9cbb3' },
  safe: { running: '#009e73', working: '#e69f00', blocked: '#d55e00', waiting: '#cc79a7', sleeping: '#999999', joining: '#0072b2', done: '#dddddd' },
}

export const STATE_WORDS: Record<LaneState, string> = {
  running: 'running', working: 'cooking', blocked: 'blocked on a lock', waiting: 'waiting', sleeping: 'sleeping', joining: 'at join()', done: 'finished',
}

export function hex(c: number): string {
  return '#' + c.toString(16).padStart(6, '0')
}
