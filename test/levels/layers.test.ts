/// Layers: engine ← judge ← levels ← cli. A lower layer never imports a
/// higher one, and the judge stays pure (no Node), like the engine core.

import { test, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve, dirname, relative } from 'node:path'
import { ROOT } from '../support/corpus.ts'

const ELECTRON = join(ROOT, 'electron')

function imports(dir: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = []
  for (const f of readdirSync(join(ELECTRON, dir), { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue
    const file = join(ELECTRON, dir, f)
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]
      out.push({ file: relative(ELECTRON, file), target: spec.startsWith('.') ? relative(ELECTRON, resolve(dirname(file), spec)) : spec })
    }
  }
  return out
}

test('the judge imports only the engine and itself, and nothing from Node', () => {
  const bad = imports('judge').filter((i) => !(i.target.startsWith('engine/') || i.target.startsWith('judge/')))
  expect(bad).toEqual([])
})

test('levels import the engine, the judge, the inspector and themselves, never the CLI', () => {
  const bad = imports('levels').filter((i) => i.target.startsWith('cli/') || i.target.startsWith('host/'))
  expect(bad).toEqual([])
  expect(imports('levels').some((i) => i.target.startsWith('judge/'))).toBe(true)
})

test('the engine imports neither the judge nor the levels', () => {
  const bad = imports('engine').filter((i) => i.target.startsWith('judge/') || i.target.startsWith('levels/') || i.target.startsWith('cli/'))
  expect(bad).toEqual([])
})
