/// Where threads may switch. At CPython 3.11's switch points an unlocked
/// `count += 1` in a loop never loses an update (as in CPython); at the
/// language's granularity (any shared read or write) some seed loses one.

import { test, expect } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'

const RACE = [
  'import threading',
  'count = 0',
  'def work():',
  '    global count',
  '    for _ in range(300):',
  '        count += 1',
  'ts = [threading.Thread(target=work) for _ in range(2)]',
  'for t in ts: t.start()',
  'for t in ts: t.join()',
  'print(count)',
].join('\n')

test('cpython switch points never split count += 1', () => {
  for (let seed = 1; seed <= 20; seed++) {
    expect(runProgram(RACE, { seed, slice: [1, 40] }).stdout).toBe('600\n')
  }
})

test('language switch points can split it, and the lock version never loses', () => {
  const outs = new Set<string>()
  for (let seed = 1; seed <= 20; seed++) outs.add(runProgram(RACE, { seed, slice: [1, 40], switchPoints: 'language' }).stdout)
  expect([...outs].some((o) => Number(o) < 600)).toBe(true)
  const locked = RACE.replace('import threading', 'import threading\nlock = threading.Lock()').replace('        count += 1', '        with lock:\n            count += 1')
  for (let seed = 1; seed <= 20; seed++) {
    expect(runProgram(locked, { seed, slice: [1, 40], switchPoints: 'language' }).stdout).toBe('600\n')
  }
})
