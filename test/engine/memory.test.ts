/// Memory: garbage is collected at safe points, so a program that makes
/// far more garbage than the heap holds runs; one that keeps everything
/// ends with MemoryError, and the host stays well.

import { test, expect } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'

test('garbage beyond the heap size is collected', () => {
  const src = [
    'import threading',
    'kept = []',
    'def cook(n):',
    '    for i in range(n):',
    '        s = f"dish {i} " + str(i * 2.5)',
    '        if i % 1000 == 0:',
    '            kept.append(s)',
    'ts = [threading.Thread(target=cook, args=(60000,)) for _ in range(2)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'print(len(kept), kept[-1])',
  ].join('\n')
  // 4 MiB = 524,288 slots; the loop allocates several million
  const r = runProgram(src, { heapMegabytes: 4, maxSteps: 10_000_000 })
  expect(r.stderr).toBe('')
  expect(r.stdout).toBe('120 dish 59000 147500.0\n')
  expect(r.trace.some((e) => e.kind === 'gc')).toBe(true)
})

test('a program that keeps everything gets MemoryError', () => {
  const src = 'hoard = []\nwhile True:\n    hoard.append("x" * 200)\n'
  const r = runProgram(src, { heapMegabytes: 4, maxSteps: 10_000_000 })
  expect(r.exitCode).toBe(1)
  expect(r.stderr.trim().split('\n').pop()).toBe('MemoryError')
  // the host goes on: the next run is fine
  expect(runProgram('print(1 + 1)').stdout).toBe('2\n')
})
