// The inspector restores one prepared world (builtins, native modules) from
// a snapshot for each schedule instead of building it again. That is only
// sound if a restored world gives the very same run: same trace, object ids
// included, same output, for every corpus program.

import { test, expect } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runProgram } from '../../electron/engine/index.ts'
import { traceToJsonl } from '../../electron/engine/trace.ts'

const ROOT = join(import.meta.dirname, '..')

function programs(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? programs(p) : p.endsWith('.py') ? [p] : []
  })
}

test('a world restored from its snapshot runs every corpus program exactly as a fresh one', () => {
  const files = [...programs(join(ROOT, 'programs')), ...programs(join(ROOT, 'inspect', 'programs'))]
  expect(files.length).toBeGreaterThan(150)
  const differ: string[] = []
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    const options = { seed: 1, heapMegabytes: 32, switchPoints: 'language' as const, maxSteps: 2_000_000 }
    const fresh = runProgram(source, { ...options, reuseWorld: false })
    runProgram(source, options) // builds and keeps the world
    const restored = runProgram(source, options)
    if (traceToJsonl(fresh.trace) !== traceToJsonl(restored.trace) || fresh.stdout !== restored.stdout || fresh.stderr !== restored.stderr) differ.push(file)
  }
  expect(differ).toEqual([])
}, 300_000)
