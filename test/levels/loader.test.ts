/// The level loader: every shipped level loads, and broken level files are
/// refused with the exact file:line:column of what is wrong.

import { test, expect, describe } from 'vitest'
import { join } from 'node:path'
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { parseLevel, loadLevels, LevelError, formatProblem } from '../../electron/levels/index.ts'
import { ROOT } from '../support/corpus.ts'

const GOOD = readFileSync(join(ROOT, 'levels', '01-03-join-too-early.level.yaml'), 'utf8')

/// The good level with one substring replaced.
function broken(from: string | RegExp, to: string): string {
  const out = GOOD.replace(from, to)
  if (out === GOOD) throw new Error(`test setup: '${from}' not found`)
  return out
}

function problems(text: string): string[] {
  try {
    parseLevel(text, 'bad.level.yaml')
  } catch (e) {
    if (e instanceof LevelError) return e.problems.map(formatProblem)
    throw e
  }
  return []
}

test('the good level loads', () => {
  const l = parseLevel(GOOD, 'good.level.yaml')
  expect(l.id).toBe('join-too-early')
  expect(l.slots.map((s) => s.name)).toEqual(['early', 'late'])
  expect(l.program.firstLine).toBe(14)
  expect(l.program.lines[l.slots[0].index]).toBe('# slot: early')
  expect(l.palette).toEqual([{ code: 'helper.join()', count: 1 }])
  expect(l.wrong.map((w) => w.verdict)).toEqual(['deadlock', 'order'])
})

test('a level saved with Windows line ends loads the same', () => {
  const crlf = parseLevel(GOOD.replace(/\n/g, '\r\n'), 'good.level.yaml')
  const lf = parseLevel(GOOD, 'good.level.yaml')
  expect(crlf.program).toEqual(lf.program)
  expect(crlf.slots).toEqual(lf.slots)
  expect(problems(broken('order: 3', 'order: three').replace(/\n/g, '\r\n'))).toEqual(['bad.level.yaml:5:8: order: must be a whole number'])
})

describe('broken level files are refused with positions', () => {
  const cases: [string, string, string[]][] = [
    ['a YAML syntax error', broken('title: Waiting', 'title: [Waiting'), ['bad.level.yaml:7:'], ],
    ['an unknown field', broken('order: 3\n', 'order: 3\ndifficulty: 2\n'), ["bad.level.yaml:6:1: the level: unknown field 'difficulty'"]],
    ['a missing required field', broken(/^title: .*\n/m, ''), ["bad.level.yaml:2:1: the level: missing required field 'title'"]],
    ['a wrong type', broken('order: 3', 'order: three'), ['bad.level.yaml:5:8: order: must be a whole number']],
    ['a bad palette count', broken('  - code: helper.join()', '  - code: helper.join()\n    count: 0'), ['bad.level.yaml:35:12: palette[0].count: must be >= 1']],
    ['an unknown verdict', broken('verdict: deadlock', 'verdict: stuck'), ['bad.level.yaml:53:14: wrong[0].verdict: must be one of']],
    ['a bad order action', broken('first: bake tart', 'first: bakes tart'), ["bad.level.yaml:39:16: goals.order[0].first: must be an action and a dish"]],
    ['a Python syntax error in the program', broken('  tray.put("tart")', '  tray.put("tart") 1'), ['bad.level.yaml:29:', 'program does not parse']],
    ['a palette statement that does not parse', broken('  - code: helper.join()', '  - code: helper.join('), ['bad.level.yaml:34:23: palette statement does not parse']],
    ['a placement of a statement not in the palette', broken('late: helper.join()', 'late: helper.start()'), ["bad.level.yaml:48:11: reference solution: 'helper.start()' is not in the palette"]],
    ['a placement in an unknown slot', broken('late: helper.join()', 'later: helper.join()'), ["bad.level.yaml:48:5: reference solution: there is no slot 'later'"]],
    ['a program with no slot', broken(/^ {2}# slot: (early|late)\n/gm, ''), ['bad.level.yaml:13:10: program has no slot']],
    ['a program that is not a block scalar', broken(/^program: \|\n[\s\S]*?(?=^palette:)/m, 'program: "import kitchen"\n'), ['program must be a literal block scalar']],
    ['two slots with one name', broken('# slot: late', '# slot: early'), ["bad.level.yaml:30:3: slot 'early' is named twice"]],
    ['durations as ranges with a jitter of 1', broken(/\n*$/, '\ninspect:\n  durations: { jitter: 1 }\n'), ['bad.level.yaml:58:24: inspect.durations.jitter: must be < 1']],
    ['durations as ranges with an unknown field', broken(/\n*$/, '\ninspect:\n  durations: { jitter: 0.5, sleeps: true }\n'), ["inspect.durations: unknown field 'sleeps'"]],
    ['a wrong solution caught by an unknown checker', broken('verdict: deadlock', 'verdict: deadlock\n    caughtBy: judge'), ['bad.level.yaml:54:15: wrong[0].caughtBy: must be one of "inspector"']],
    ['too few wrong solutions', broken(/  - name: never waits[\s\S]*$/, ''), ['bad.level.yaml:50:3: wrong: needs at least 2 items']],
  ]
  for (const [name, text, want] of cases) {
    test(name, () => {
      const got = problems(text)
      expect(got.length).toBeGreaterThan(0)
      for (const w of want) expect(got.join('\n')).toContain(w)
    })
  }
})

test('a level asks for durations as ranges under inspect, and marks what only the inspector catches', () => {
  const l = parseLevel(readFileSync(join(ROOT, 'levels', '01-04-long-enough-nap.level.yaml'), 'utf8'), 'nap.level.yaml')
  expect(l.inspect).toEqual({ bound: 2, durations: { jitter: 0.25 } })
  expect(l.wrong.map((w) => w.caughtBy ?? null)).toEqual(['inspector', null, null])
  expect(parseLevel(GOOD, 'good.level.yaml').inspect).toEqual({ bound: 2, durations: null })
})

test('a folder of levels: duplicate ids, taken places and differing chapter titles, at their positions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kitchen-levels-'))
  try {
    writeFileSync(join(dir, 'a.level.yaml'), GOOD)
    writeFileSync(join(dir, 'b.level.yaml'), GOOD.replace('chapterTitle: The head chef and the assistant', 'chapterTitle: Another title'))
    let got = ''
    try { loadLevels(dir) } catch (e) { got = (e as Error).message }
    expect(got).toContain("b.level.yaml:2:5: id 'join-too-early' is also the id of")
    expect(got).toContain('b.level.yaml:5:8: chapter 1, order 3 is also taken by')
    expect(got).toContain("b.level.yaml:4:15: chapter 1 is titled 'The head chef and the assistant' in")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('every shipped level loads, sorted by chapter and order', () => {
  const levels = loadLevels(join(ROOT, 'levels'))
  expect(levels.length).toBeGreaterThanOrEqual(3)
  const keys = levels.map((l) => l.chapter * 1000 + l.order)
  expect(keys).toEqual([...keys].sort((a, b) => a - b))
  expect(new Set(levels.map((l) => l.id)).size).toBe(levels.length)
})
