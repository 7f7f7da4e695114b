// The inspector against its corpus: each program in test/inspect/programs
// names the verdict it must get (`# inspect: refuted KIND PREEMPTIONS` or
// `# inspect: certified`), clox-style. Every counterexample must replay to
// the same failure, through a run file; partial-order reduction must agree
// with plain exploration and explore fewer schedules.

import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { inspectProgram, inspectRunOptions } from '../../electron/inspect/index.ts'
import { classify, threadNames } from '../../electron/inspect/inspect.ts'
import { runProgram } from '../../electron/engine/index.ts'
import { makeRunFile, readRunFile, replay, replayOnThreads } from '../../electron/host/runfile.ts'
import { closeDefaultPool } from '../../electron/host/pool.ts'
import { afterAll } from 'vitest'

const DIR = join(import.meta.dirname, 'programs')
const programs = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()

function expected(source: string): { verdict: string; kind?: string; preemptions?: number } {
  const m = /^# inspect: (certified|refuted (\w+) (\d+))\s*$/m.exec(source)
  if (!m) throw new Error('no "# inspect:" line')
  return m[1] === 'certified' ? { verdict: 'certified' } : { verdict: 'refuted', kind: m[2], preemptions: Number(m[3]) }
}

afterAll(() => closeDefaultPool())

describe('inspector corpus', () => {
  it('has the buggy programs the issue lists, each with its fix', () => {
    for (const name of ['if_not_while', 'lost_wakeup', 'lock_order', 'lost_update', 'semaphore_permits', 'event_wrong_clear', 'barrier_parties']) {
      expect(programs).toContain(`${name}.py`)
      expect(programs.some((p) => p.startsWith(`${name}_`) && p !== `${name}.py`)).toBe(true)
    }
  })

  for (const file of programs) {
    it(`${file}: verdict, kind and fewest preemptions`, async () => {
      const source = readFileSync(join(DIR, file), 'utf8')
      const want = expected(source)
      const r = inspectProgram(source, { bound: 2, switchPoints: 'language', filename: file, checkCPython: false })
      expect(r.verdict).toBe(want.verdict)
      if (want.verdict === 'certified') {
        expect(r.failure).toBeNull()
        expect(r.coverage.completedBound).not.toBeNull()
        return
      }
      const f = r.failure!
      expect(f.kind).toBe(want.kind)
      expect(f.preemptions).toBe(want.preemptions)
      expect(f.steps.length).toBeGreaterThan(1)
      // the counterexample replays to the same failure, from a run file
      const options = inspectRunOptions('language', 200_000)
      const again = runProgram(source, { ...options, filename: file, follow: f.recording })
      const failed = classify(again, threadNames(again), {})
      expect(failed).toMatchObject({ kind: f.kind, message: f.message, line: f.line })
      const text = JSON.stringify(makeRunFile(file, source, options.seed, { time: 'virtual', maxSteps: 200_000, switchPoints: 'language', heapMegabytes: options.heapMegabytes }, again))
      const out = replay(readRunFile(text, file))
      expect(out.same).toBe(true)
      expect(out.result.stderr).toBe(again.stderr)
      // and on real worker threads, handed the GIL as the recording says
      const onThreads = await replayOnThreads(readRunFile(text, file))
      expect(onThreads.same).toBe(true)
      expect(onThreads.result.stderr).toBe(again.stderr)
    })
  }

  it('partial-order reduction gives the same verdicts as plain exploration, with fewer schedules (bound 1)', () => {
    let reduced = 0
    let plain = 0
    const rows: string[] = []
    for (const file of programs) {
      const source = readFileSync(join(DIR, file), 'utf8')
      const a = inspectProgram(source, { bound: 1, switchPoints: 'language', checkCPython: false })
      const b = inspectProgram(source, { bound: 1, switchPoints: 'language', checkCPython: false, reduction: false })
      expect(b.verdict, file).not.toBe('inconclusive')
      expect(a.verdict, file).toBe(b.verdict)
      expect(a.failure?.kind, file).toBe(b.failure?.kind)
      expect(a.schedules, file).toBeLessThanOrEqual(b.schedules)
      reduced += a.schedules
      plain += b.schedules
      rows.push(`${file.padEnd(30)} ${String(a.schedules).padStart(6)} ${String(b.schedules).padStart(6)}`)
    }
    console.log(`schedules at bound 1 (with reduction, plain):\n${rows.join('\n')}\n${'total'.padEnd(30)} ${String(reduced).padStart(6)} ${String(plain).padStart(6)}`)
    expect(reduced).toBeLessThan(plain / 2)
  }, 300_000)

  it('reports the race on an unlocked read-modify-write, and none once a lock orders it', () => {
    const racy = inspectProgram(readFileSync(join(DIR, 'lost_update.py'), 'utf8'), { bound: 2, switchPoints: 'language', checkCPython: false })
    expect(racy.races.map((r) => r.variable)).toContain('tips')
    expect(racy.races.some((r) => r.first.op === 'write' || r.second.op === 'write')).toBe(true)
    const locked = inspectProgram(readFileSync(join(DIR, 'lost_update_locked.py'), 'utf8'), { bound: 2, switchPoints: 'language' })
    expect(locked.races).toEqual([])
  })

  it('says when CPython 3.11 hides a failure: the lost update needs a switch CPython never makes', () => {
    const source = readFileSync(join(DIR, 'lost_update.py'), 'utf8')
    const r = inspectProgram(source, { bound: 2, switchPoints: 'language' })
    expect(r.failure?.hiddenByCPython).toBe(true)
    expect(inspectProgram(source, { bound: 2, switchPoints: 'cpython' }).verdict).toBe('certified')
  })

  it('with no bound, covers every interleaving of a small program and stops', () => {
    const r = inspectProgram(readFileSync(join(DIR, 'lock_order_fixed.py'), 'utf8'), { bound: null, switchPoints: 'language' })
    expect(r.verdict).toBe('certified')
    expect(r.bound).toBeNull()
    expect(r.coverage.completedBound).not.toBeNull()
  })

  it('is inconclusive, never certified, when the budget runs out first', () => {
    const r = inspectProgram(readFileSync(join(DIR, 'semaphore_permits_fixed.py'), 'utf8'), { bound: 2, switchPoints: 'language', maxSchedules: 5 })
    expect(r.verdict).toBe('inconclusive')
    expect(r.schedules).toBe(5)
    expect(r.coverage.stoppedBy).toBe('schedules')
  })
})

describe('the seed programs', () => {
  const seedDir = join(import.meta.dirname, '..', 'programs', 'seed')
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.py')).sort()) {
    it(`${file} is certified at the default bound (or fails as it does under python3)`, () => {
      const source = readFileSync(join(seedDir, file), 'utf8')
      const r = inspectProgram(source, { bound: 2, switchPoints: 'language', filename: file })
      if (/^import requests/m.test(source)) {
        // python3 -S has no requests either: ModuleNotFoundError in every interleaving
        expect(r.failure?.message).toBe("ModuleNotFoundError: No module named 'requests'")
        expect(r.failure?.preemptions).toBe(0)
      } else {
        expect(r.verdict).toBe('certified')
      }
    })
  }
})
