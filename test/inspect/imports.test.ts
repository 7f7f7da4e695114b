// Library imports put back from a snapshot (electron/engine/imports.ts) must
// give the very runs that running them gives: the same trace (object ids
// included) and output for every corpus program, and the same inspection
// (schedules, verdicts, counterexamples, races) of every inspector program.

import { test, expect } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runProgram, ImportCache } from '../../electron/engine/index.ts'
import { traceToJsonl } from '../../electron/engine/trace.ts'
import { inspectProgram } from '../../electron/inspect/index.ts'

const ROOT = join(import.meta.dirname, '..')

function programs(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? programs(p) : p.endsWith('.py') ? [p] : []
  })
}

test('a run whose imports are put back from the snapshot is the run that imports them', () => {
  // the programs that import the library (the others never use the snapshot)
  const files = [...programs(join(ROOT, 'programs')), ...programs(join(ROOT, 'inspect', 'programs'))]
    .filter((f) => /^(import|from) (threading|queue)\b/m.test(readFileSync(f, 'utf8')))
  const importers = files.length
  const differ: string[] = []
  let hits = 0
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    // seeded slices (not the inspector's one-step ones): the budget an import spends counts too
    const options = { seed: 3, heapMegabytes: 32, maxSteps: 2_000_000 }
    const plain = runProgram(source, options)
    const imports = new ImportCache()
    runProgram(source, { ...options, imports }) // takes the snapshots
    const before = imports.hits
    const again = runProgram(source, { ...options, imports })
    hits += imports.hits - before
    const same = traceToJsonl(plain.trace) === traceToJsonl(again.trace) && plain.stdout === again.stdout &&
      plain.stderr === again.stderr && plain.steps === again.steps && JSON.stringify(plain.recording) === JSON.stringify(again.recording)
    if (!same) differ.push(file)
  }
  expect(differ).toEqual([])
  // each used the snapshot, not skipped it
  expect(importers).toBeGreaterThan(80)
  expect(hits).toBeGreaterThanOrEqual(importers)
}, 300_000)

test('the inspector explores the same schedules and finds the same failures with the import snapshot', () => {
  const dir = join(ROOT, 'inspect', 'programs')
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.py'))) {
    const source = readFileSync(join(dir, f), 'utf8')
    // bound 1 keeps the test short; every schedule of it runs with the snapshot
    const options = { bound: 1, switchPoints: 'language' as const, checkCPython: false }
    const a = inspectProgram(source, { ...options, importCache: false })
    const b = inspectProgram(source, options)
    expect(b.verdict, f).toBe(a.verdict)
    expect(b.schedules, f).toBe(a.schedules)
    expect(JSON.stringify(b.races), f).toBe(JSON.stringify(a.races))
    expect(JSON.stringify(b.failure?.steps), f).toBe(JSON.stringify(a.failure?.steps))
    expect(JSON.stringify(b.failure?.recording), f).toBe(JSON.stringify(a.failure?.recording))
  }
}, 300_000)
