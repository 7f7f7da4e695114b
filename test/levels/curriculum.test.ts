/// The shipped curriculum: `kitchen level check levels/` passes (every
/// level loads, every reference solution passes, every wrong solution gets
/// its declared verdict), and every reference solution, exported, runs
/// under python3.

import { test, expect } from 'vitest'
import { spawnSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { ROOT, pool } from '../support/corpus.ts'
import { loadLevels, solutionSource, judge, inspectLevel, checkLevelSolutions, type Level } from '../../electron/levels/index.ts'
import { main } from '../../electron/cli/kitchen.ts'
import { writeFileSync } from 'node:fs'

const levels = loadLevels(join(ROOT, 'levels'))

test('the curriculum: at least 18 levels in at least 6 chapters, the first is the seed\'s dessert', () => {
  expect(levels.length).toBeGreaterThanOrEqual(18)
  expect(new Set(levels.map((l) => l.chapter)).size).toBeGreaterThanOrEqual(6)
  expect(levels[0].id).toBe('dessert')
  expect(levels[0].program.text).toContain('def bake_dessert():')
  // each chapter has one title
  for (const l of levels) expect(l.chapterTitle).toBe(levels.find((m) => m.chapter === l.chapter)!.chapterTitle)
  for (const l of levels) expect(l.wrong.length).toBeGreaterThanOrEqual(2)
})

test('every reference solution meets its own par (three stars)', () => {
  for (const level of levels) {
    const v = judge(level, solutionSource(level, level.solution))
    expect([level.id, v.stars]).toEqual([level.id, 3])
  }
})

test('kitchen level check levels/ passes', () => {
  const r = spawnSync('node', [join(ROOT, 'bin', 'kitchen.js'), 'level', 'check', join(ROOT, 'levels')], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
  expect(r.stderr).toBe('')
  expect(r.stdout).toContain(`${levels.length} levels checked, 0 invalid`)
  expect(r.status).toBe(0)
})

test('a level with durations as ranges: a nap as long as the roast usually takes passes a live run and exact inspection, and only ranges refute it', () => {
  const level = levels.find((l) => l.id === 'long-enough-nap')!
  expect(level.inspect.durations).toEqual({ jitter: 0.25 })
  const nap = level.wrong.find((w) => w.caughtBy === 'inspector')!
  const source = solutionSource(level, nap)
  expect(judge(level, source).passed).toBe(true)
  expect(inspectLevel(level, source, { durations: { jitter: 0 } }).report.verdict).toBe('certified')
  const ranged = inspectLevel(level, source)
  expect(ranged.kind).toBe('order')
  expect(ranged.report.failure!.wakeUpsOutOfOrder).toBe(1)
  const reference = inspectLevel(level, solutionSource(level, level.solution))
  expect([reference.report.verdict, reference.kind]).toEqual(['certified', 'pass'])
  expect(checkLevelSolutions(level).map((c) => c.problem)).toEqual([null, null, null, null])
})

test('the level check refuses a solution marked caughtBy: inspector that a live run already catches, or that the inspector does not', () => {
  const level = levels.find((l) => l.id === 'long-enough-nap')!
  const mark = (name: string): Level => ({ ...level, wrong: level.wrong.map((w) => (w.name === name ? { ...w, caughtBy: 'inspector' as const } : w)) })
  const short = checkLevelSolutions(mark('a short nap')).map((c) => c.problem?.message).filter(Boolean)
  expect(short).toEqual(["wrong solution 'a short nap' is caught by a live run already (order): drop 'caughtBy: inspector'"])
  const exact = { ...level, inspect: { ...level.inspect, durations: null } }
  const missed = checkLevelSolutions(exact).map((c) => c.problem?.message).filter(Boolean)
  expect(missed).toHaveLength(1)
  expect(missed[0]).toMatch(/^wrong solution 'naps as long as a roast usually takes' is not refuted by the inspector \(certified/)
})

function python(file: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('python3', [file], {
      cwd,
      env: { ...process.env, PYTHONPATH: [cwd, join(ROOT, 'test', 'support', 'pyshim')].join(':'), KITCHEN_SLEEP_SCALE: '0.05', KITCHEN_LINE_BUFFERED: '1', KITCHEN_ATOMIC_PRINT: '1', PYTHONIOENCODING: 'utf-8' },
    })
    let stdout = '', stderr = ''
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }) })
  })
}

test('every reference solution, exported with kitchen export, runs under python3', async () => {
  const failures: string[] = []
  await pool(levels, 2, async (level) => {
    const dir = mkdtempSync(join(tmpdir(), `kitchen-export-${level.id}-`))
    try {
      const fix = join(dir, 'fix.py')
      writeFileSync(fix, solutionSource(level, level.solution))
      const out = join(dir, 'out')
      const code = await main(['export', level.file, '--solution', fix, '-o', out])
      if (code !== 0) { failures.push(`${level.id}: export exited ${code}`); return }
      const r = await python(`${level.id.replace(/-/g, '_')}.py`, out)
      if (r.code !== 0) failures.push(`${level.id}: python3 exited ${r.code}: ${r.stderr.slice(-300)}`)
      const lines = r.stdout.split('\n')
      for (const want of [...(level.goals.output ?? []), ...(level.goals.outputIncludes ?? [])]) {
        if (!lines.includes(want)) failures.push(`${level.id}: python3 did not print "${want}"`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  expect(failures).toEqual([])
})
