/// The level commands as a teacher or player runs them: play, export,
/// inspect, and level check on a broken level file.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { ROOT } from '../support/corpus.ts'
import { loadLevel, solutionSource } from '../../electron/levels/index.ts'

function kitchen(args: string[]) {
  return spawnSync('node', [join(ROOT, 'bin', 'kitchen.js'), ...args], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
}

const dir = mkdtempSync(join(tmpdir(), 'kitchen-levels-cli-'))
const file = join(ROOT, 'levels', '01-03-join-too-early.level.yaml')
const level = loadLevel(file)
const good = join(dir, 'good.py')
const bad = join(dir, 'bad.py')
writeFileSync(good, solutionSource(level, level.solution))
writeFileSync(bad, solutionSource(level, level.wrong[0]))

test('play: a passing solution exits 0 with its stars; a deadlock exits 1 and says who waits where', () => {
  const ok = kitchen(['play', 'join-too-early', '--solution', good])
  expect(ok.status).toBe(0)
  expect(ok.stdout).toContain('Pastry cook: the tart is baked.')
  expect(ok.stdout).toMatch(/PASS ★★★ {2}kitchen time 5 s, 1 statement placed/)
  const no = kitchen(['play', file, '--solution', bad, '--json'])
  expect(no.status).toBe(1)
  const v = JSON.parse(no.stdout)
  expect(v.kind).toBe('deadlock')
  expect(v.failures[0].places).toEqual([
    { line: 14, thread: 'MainThread', note: 'waits for Thread-1 (pastry_cook) to finish (join)' },
    { line: 8, thread: 'Thread-1 (pastry_cook)', note: 'waits for an item that is never put on the queue' },
  ])
})

test('play refuses a solution that edits a locked line', () => {
  const edited = join(dir, 'edited.py')
  writeFileSync(edited, readFileSync(good, 'utf8').replace('kitchen.bake(item, 4)', 'kitchen.bake(item, 1)'))
  const r = kitchen(['play', 'join-too-early', '--solution', edited])
  expect(r.status).toBe(1)
  expect(r.stdout).toContain('FAIL (refused)')
  expect(r.stdout).toContain("the locked line 9 'kitchen.bake(item, 4)' was changed or removed")
})

test('export writes the program and kitchen.py', () => {
  const out = join(dir, 'out')
  const r = kitchen(['export', 'join-too-early', '--solution', good, '-o', out])
  expect(r.status).toBe(0)
  expect(readFileSync(join(out, 'join_too_early.py'), 'utf8')).toBe(readFileSync(good, 'utf8'))
  expect(existsSync(join(out, 'kitchen.py'))).toBe(true)
})

test('inspect certifies the reference and refutes the wrong solution', () => {
  const ok = kitchen(['inspect', 'join-too-early', '--solution', good])
  expect(ok.status).toBe(0)
  expect(ok.stdout).toContain('CERTIFIED')
  const no = kitchen(['inspect', 'join-too-early', '--solution', bad, '--json'])
  expect(no.status).toBe(1)
  const rep = JSON.parse(no.stdout)
  expect(rep.verdict).toBe('refuted')
  expect(rep.kind).toBe('deadlock')
})

test('inspect --record writes the counterexample, and replay plays it to the same deadlock', () => {
  const cx = join(dir, 'cx.kitchenrun')
  const r = kitchen(['inspect', 'join-too-early', '--solution', bad, '--out', cx])
  expect(r.status).toBe(1)
  expect(r.stdout).toContain(`The counterexample is in ${cx}`)
  const replayed = kitchen(['replay', cx])
  expect(replayed.status).toBe(3)
  expect(replayed.stderr).toContain('MainThread waits at line 14: helper.join()')
})

test('level check reports a broken level at file:line:column and exits 1', () => {
  const broken = join(dir, 'broken.level.yaml')
  writeFileSync(broken, readFileSync(file, 'utf8').replace('late: helper.join()', 'late: helper.start()'))
  const r = kitchen(['level', 'check', broken])
  expect(r.status).toBe(1)
  expect(r.stderr).toContain(`${broken}:48:11: reference solution: 'helper.start()' is not in the palette`)
  // a wrong solution that passes makes the level invalid
  const passing = join(dir, 'passing.level.yaml')
  writeFileSync(passing, readFileSync(file, 'utf8').replace('      early: helper.join()\n    verdict: deadlock', '      late: helper.join()\n    verdict: deadlock'))
  const p = kitchen(['level', 'check', passing])
  expect(p.status).toBe(1)
  expect(p.stderr).toMatch(/passing\.level\.yaml:50:5: wrong solution 'joins before handing over the dough' passes/)
})
