/// Slots and palette: placements become a program, and a whole program is
/// read back into placements or refused with the line and the reason.

import { test, expect } from 'vitest'
import { parseLevel, applyPlacements, checkSolution, SolutionRefused, judge } from '../../electron/levels/index.ts'

const LEVEL = `id: tiny
chapter: 1
chapterTitle: Test
order: 1
title: Tiny
idea: A test.
story: A test.
program: |
  import threading
  import kitchen

  def cook():
      # slot: inside
      kitchen.cook("soup", 1)

  t = threading.Thread(target=cook)
  # slot
  kitchen.serve("soup")
palette:
  - code: t.start()
  - code: t.join()
  - code: |-
      if True:
          t.join()
goals:
  finish: true
  served: [soup]
  order: [{ first: cook soup, then: serve soup }]
par: { time: 1, statements: 2 }
hints: [Start then join.]
solution:
  placements:
    "2": [t.start(), t.join()]
wrong:
  - name: no join
    placements: { "2": t.start() }
    verdict: order
  - name: nothing
    placements: {}
    verdict: served
`
const level = parseLevel(LEVEL, 'tiny.level.yaml')
const GOOD = 'import threading\nimport kitchen\n\ndef cook():\n    kitchen.cook("soup", 1)\n\nt = threading.Thread(target=cook)\nt.start()\nt.join()\nkitchen.serve("soup")\n'

function refusal(source: string): string {
  try {
    checkSolution(level, source)
  } catch (e) {
    if (e instanceof SolutionRefused) return e.message
    throw e
  }
  return 'accepted'
}

test('slots are named by marker or by position, with their indentation', () => {
  expect(level.slots).toEqual([{ name: 'inside', index: 4, indent: '    ' }, { name: '2', index: 8, indent: '' }])
})

test('applyPlacements puts statements in their slots, indented like the slot, and drops empty slots', () => {
  expect(applyPlacements(level, { '2': ['t.start()', 't.join()'] })).toBe(GOOD)
  expect(applyPlacements(level, { inside: ['if True:\n    t.join()'] })).toContain('    if True:\n        t.join()\n    kitchen.cook')
})

test('applyPlacements refuses unknown slots, statements outside the palette, and too many of one', () => {
  expect(() => applyPlacements(level, { nowhere: ['t.start()'] })).toThrow("there is no slot 'nowhere' (slots: inside, 2)")
  expect(() => applyPlacements(level, { '2': ['t.run()'] })).toThrow("'t.run()' is not in the palette")
  expect(() => applyPlacements(level, { '2': ['t.start()', 't.start()'] })).toThrow("'t.start()' is placed 2 times; the palette has 1")
})

test('checkSolution reads placements back from a whole program', () => {
  expect(checkSolution(level, GOOD)).toEqual({ inside: [], '2': ['t.start()', 't.join()'] })
  // a multi-line palette statement, and Windows line ends
  const src = applyPlacements(level, { inside: ['if True:\n    t.join()'], '2': ['t.start()'] }).replace(/\n/g, '\r\n')
  expect(checkSolution(level, src)).toEqual({ inside: ['if True:\n    t.join()'], '2': ['t.start()'] })
})

test('checkSolution refuses edits to locked lines, foreign statements, bad indentation and overuse', () => {
  expect(refusal(GOOD.replace('kitchen.cook("soup", 1)', 'kitchen.cook("soup", 0)'))).toContain("the locked line 6 'kitchen.cook(\"soup\", 1)' was changed or removed")
  expect(refusal(GOOD.replace('kitchen.serve("soup")\n', ''))).toContain("the locked line 10 'kitchen.serve(\"soup\")' was changed or removed")
  expect(refusal(GOOD.replace('t.join()', 'print("hi")'))).toBe("line 9: 'print(\"hi\")' is not a statement of the palette")
  expect(refusal(GOOD.replace('t.join()', '    t.join()'))).toBe("line 9: 't.join()' must be indented like the slot it is in (0 spaces)")
  expect(refusal(GOOD.replace('t.join()', 't.join()\nt.join()'))).toBe("'t.join()' is placed 2 times; the palette has 1")
  expect(refusal(GOOD + 'print("extra")\n')).toContain('locked')
})

test('judge refuses before running: a refused program gets the refused verdict with its line', () => {
  const v = judge(level, GOOD.replace('t.join()', 'import os'))
  expect(v.kind).toBe('refused')
  expect(v.run).toBeNull()
  expect(v.failures[0].places[0].line).toBe(9)
})

test('judge: the reference passes with stars; a wrong solution fails with its kind', () => {
  const v = judge(level, GOOD)
  expect(v).toMatchObject({ kind: 'pass', passed: true, stars: 3, stats: { time: 1, statements: 2 } })
  expect(judge(level, applyPlacements(level, { '2': ['t.start()'] })).kind).toBe('order')
})

test('the judge never crashes on mangled programs', () => {
  const mangled = [
    GOOD.replace('t.join()', 't.join('),
    GOOD.slice(0, 40),
    '',
    '\u0000\u0001',
    GOOD.replace('t.start()', 'if True:\n    t.join()'),
  ]
  for (const src of mangled) {
    const v = judge(level, src)
    expect(v.passed).toBe(false)
    expect(v.failures.length).toBeGreaterThan(0)
  }
})
