/// `kitchen inspect` as a user runs it: the report, --json against its
/// schema, exit codes, and the counterexample file that replay plays.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import ajvModule from 'ajv'
import { ROOT } from '../support/corpus.ts'

function kitchen(args: string[]) {
  return spawnSync('node', [join(ROOT, 'bin', 'kitchen.js'), ...args], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
}
const program = (name: string): string => join(ROOT, 'test', 'inspect', 'programs', name)
const dir = mkdtempSync(join(tmpdir(), 'kitchen-inspect-'))
const Ajv = (ajvModule as unknown as { default: typeof ajvModule.default }).default
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'inspect-report.schema.json'), 'utf8')))

test('a refuted program: exit 1, the failure and the interleaving in words, and a run file that replays it', () => {
  const out = join(dir, 'broken.kitchenrun')
  const r = kitchen(['inspect', program('lock_order.py'), '--out', out])
  expect(r.status).toBe(1)
  expect(r.stdout).toContain('Verdict: REFUTED. An interleaving with 1 preemption fails')
  expect(r.stdout).toContain('Failure: deadlock')
  expect(r.stdout).toMatch(/Thread-1 \(roast\) runs lines .*then is PREEMPTED/)
  expect(r.stdout).toContain(`kitchen replay ${out}`)
  const replayed = kitchen(['replay', out, '--threads', 'single'])
  expect(replayed.status).toBe(3)
  expect(replayed.stderr).toContain('Deadlock: every thread is waiting')
})

test('--json prints one object that matches the published schema', () => {
  for (const [name, status] of [['lost_update.py', 1], ['lost_update_locked.py', 0]] as const) {
    const r = kitchen(['inspect', program(name), '--json'])
    expect(r.status).toBe(status)
    const report = JSON.parse(r.stdout)
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.switchPoints).toBe('language')
    expect(report.bound).toBe(2)
    if (status === 1) {
      expect(report.failure).toMatchObject({ kind: 'assertion', message: 'AssertionError: lost a tip: 1', thread: 'MainThread', preemptions: 1, hiddenByCPython: true })
      expect(report.races[0]).toMatchObject({ variable: 'tips' })
    } else expect(report.failure).toBeNull()
  }
})

test('--switch-points cpython: the lost update CPython hides is certified there', () => {
  const r = kitchen(['inspect', program('lost_update.py'), '--switch-points', 'cpython', '--json'])
  expect(r.status).toBe(0)
  expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'certified', switchPoints: 'cpython' })
})

test('a spent budget is inconclusive (exit 3) and writes no counterexample', () => {
  const out = join(dir, 'none.kitchenrun')
  const r = kitchen(['inspect', program('semaphore_permits_fixed.py'), '--max-schedules', '3', '--out', out])
  expect(r.status).toBe(3)
  expect(r.stdout).toContain('Verdict: INCONCLUSIVE. The schedule budget ran out first')
  expect(existsSync(out)).toBe(false)
})

test('a program that does not parse: exit 2 with the SyntaxError python3 prints', () => {
  const bad = join(dir, 'bad.py')
  writeFileSync(bad, 'import threading\nif True\n    pass\n')
  const r = kitchen(['inspect', bad])
  expect(r.status).toBe(2)
  expect(r.stderr).toContain("SyntaxError: expected ':'")
  expect(r.stderr).toContain('line 2')
})

test('bad usage: exit 2 and says what is wrong', () => {
  expect(kitchen(['inspect', program('lost_update.py'), '--bound', 'two']).stderr).toContain("--bound must be a non-negative integer or none, not 'two'")
  expect(kitchen(['inspect', program('lost_update.py'), '--switch-points', 'gil']).status).toBe(2)
  expect(kitchen(['inspect']).status).toBe(2)
})

test('--durations J: a nap in place of a join is refuted only with ranges; the report gives the lengths; the run file replays; the JSON matches the schema', () => {
  const exact = kitchen(['inspect', program('nap_instead_of_join.py')])
  expect(exact.status).toBe(0)
  const out = join(dir, 'nap.kitchenrun')
  const r = kitchen(['inspect', program('nap_instead_of_join.py'), '--durations', '0.25', '--out', out])
  expect(r.status).toBe(1)
  expect(r.stdout).toContain('may take 25% less or more than written')
  expect(r.stdout).toContain('(1 of them a wake-up out of the written order)')
  expect(r.stdout).toMatch(/MainThread, line 17: asked 6 s, took [\d.]+ s/)
  expect(JSON.parse(readFileSync(out, 'utf8')).recording.durations).toHaveLength(2)
  for (const threads of ['single', 'real']) {
    const replayed = kitchen(['replay', out, '--threads', threads])
    expect(replayed.status).toBe(1)
    expect(replayed.stderr).toContain('AssertionError: the dessert was served before it was baked')
  }
  const json = kitchen(['inspect', program('nap_instead_of_join.py'), '--durations', '0.25', '--json'])
  const report = JSON.parse(json.stdout)
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
  expect(report.durations).toEqual({ jitter: 0.25, timeouts: false })
  expect(report.failure.wakeUpsOutOfOrder).toBe(1)
  expect(kitchen(['inspect', program('nap_instead_of_join.py'), '--durations', '1.5']).status).toBe(2)
})
