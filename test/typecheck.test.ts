/// The code type-checks, and the engine core compiles with neither Node nor
/// DOM types (so it cannot reach for files, processes or the window).

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './support/corpus.ts'

const tsc = join(ROOT, 'node_modules', '.bin', 'tsc')

test('the whole project type-checks', () => {
  const r = spawnSync(tsc, ['-p', join(ROOT, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' })
  expect(r.stdout + r.stderr).toBe('')
  expect(r.status).toBe(0)
})

test('the engine core needs no Node and no DOM', () => {
  const r = spawnSync(tsc, ['-p', join(ROOT, 'electron', 'engine', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' })
  expect(r.stdout + r.stderr).toBe('')
  expect(r.status).toBe(0)
})
