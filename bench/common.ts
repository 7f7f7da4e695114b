/// What every benchmark shares: the repository root, CPython's timing of a
/// program (the anchor), and the row each prints beside it.

import { spawnSync } from 'node:child_process'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

export interface Row {
  readonly name: string
  readonly kitchen: number
  readonly cpython: number
  readonly unit: string
  /// kitchen / cpython for times; cpython-relative rate for rates.
  readonly ratio: number
  readonly target: string
}

/// Best (or median) of 10 runs inside one python3 process (start-up excluded), and its output.
/// `mayFail`: the program is a known-buggy one, and a run where its bug shows still counts.
export function python(file: string, pick: 'best' | 'median' = 'best', runs = 10, mayFail = false): { seconds: number; stdout: string } {
  const r = spawnSync('python3', [join(ROOT, 'bench', 'cpython_time.py'), file, String(runs), pick, ...(mayFail ? ['may-fail'] : [])], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`python3 ${file} failed: ${r.stderr}`)
  return { seconds: Number(r.stderr.trim().split('\n').pop()), stdout: r.stdout }
}
