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
import { loadLevels, solutionSource, judge } from '../../electron/levels/index.ts'
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
