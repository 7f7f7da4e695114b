/// The host never crashes on a program: 300 mangled corpus programs each end
/// with a result (output, a Python error, a SyntaxError or a kitchen limit),
/// never a JS exception.

import { test, expect } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'
import { listPrograms } from '../support/corpus.ts'

test('mangled programs never crash the host', () => {
  let state = 99
  const rand = (n: number) => { state = (state * 1103515245 + 12345) & 0x7fffffff; return state % n }
  const tokens = ['(', ')', ':', ',', '"', '\n', ' ', '.', '[', ']', '0', 'x', '*', 'None', 'lock', '=', 'not ', 'yield ', 'return ', 'break\n', 'self.', '-1', '""', '{}']
  const progs = listPrograms().filter((p) => !p.name.startsWith('limits'))
  const exits = new Map<number, number>()
  for (let n = 0; n < 300; n++) {
    const p = progs[rand(progs.length)]
    let s = p.source
    for (let k = 0; k < 1 + rand(3); k++) {
      const at = rand(s.length)
      s = rand(2) ? s.slice(0, at) + s.slice(at + 1 + rand(3)) : s.slice(0, at) + tokens[rand(tokens.length)] + s.slice(at)
    }
    const r = runProgram(s, { maxSteps: 20000, heapMegabytes: 16 })
    // a Python error, a deadlock, or an exit code the program asked for
    if (![0, 1, 3].includes(r.exitCode)) expect(s, `exit ${r.exitCode}: ${r.stderr}`).toMatch(/\bexit\(/)
    exits.set(r.exitCode, (exits.get(r.exitCode) ?? 0) + 1)
  }
  // the mangling produced both good and broken programs
  expect(exits.get(0) ?? 0).toBeGreaterThan(10)
  expect(exits.get(1) ?? 0).toBeGreaterThan(10)
}, 120_000)
