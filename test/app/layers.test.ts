/// The app's process boundaries: the renderer type-checks with the DOM and
/// without Node, and imports nothing of the host but the IPC contract; the
/// contract imports nothing but the trace's types; the browser tests type-check.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const tsc = join(ROOT, 'node_modules', '.bin', 'tsc')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8')
  return [...src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...src.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
}

test('the renderer type-checks with the DOM and no Node types', () => {
  const r = spawnSync(tsc, ['-p', join(ROOT, 'renderer', 'tsconfig.json')], { encoding: 'utf8' })
  expect(r.stdout + r.stderr).toBe('')
  expect(r.status).toBe(0)
})

test('the browser tests type-check', () => {
  const r = spawnSync(tsc, ['-p', join(ROOT, 'test', 'e2e', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' })
  expect(r.stdout + r.stderr).toBe('')
  expect(r.status).toBe(0)
})

test('the renderer reaches the host only through the IPC contract', () => {
  const contract = join(ROOT, 'electron', 'ipc', 'contract.ts')
  const bad: string[] = []
  for (const f of files(join(ROOT, 'renderer', 'src'))) {
    for (const spec of imports(f)) {
      if (!spec.startsWith('.')) {
        if (spec.startsWith('node:') || ['fs', 'path', 'electron', 'ws'].includes(spec)) bad.push(`${relative(ROOT, f)} imports ${spec}`)
        continue
      }
      const target = resolve(dirname(f), spec)
      if (!target.startsWith(join(ROOT, 'renderer')) && target !== contract) bad.push(`${relative(ROOT, f)} imports ${relative(ROOT, target)}`)
    }
  }
  expect(bad).toEqual([])
})

test('the contract depends on nothing but the trace types', () => {
  const specs = imports(join(ROOT, 'electron', 'ipc', 'contract.ts'))
  expect(specs).toEqual(['../engine/trace.ts'])
})
