/// The corpus, run two ways: every program under the kitchen VM and under
/// python3 (the oracle), each checked against the expectations written in
/// the program. A program whose output depends on the interleaving lists
/// its allowed outputs; the VM must produce only those, over many seeds.

import { describe, test, expect, beforeAll } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'
import { listPrograms, runCPython, lastLine, pool, type Program, type ProcessResult } from '../support/corpus.ts'

const programs = listPrograms()
const SEEDS = 20

function expectedStdout(p: Program): string {
  return p.stdout.map((l) => l + '\n').join('')
}

function checkAgainst(p: Program, stdout: string, stderr: string, exitCode: number | null): void {
  if (p.outputs) {
    expect(p.outputs, `output not among the allowed ones:\n${stdout}`).toContain(stdout)
  } else {
    expect(stdout).toBe(expectedStdout(p))
  }
  if (p.stderrLast === null) expect(stderr).toBe('')
  else expect(lastLine(stderr)).toBe(p.stderrLast)
  expect(exitCode).toBe(p.exit)
}

describe('kitchen VM', () => {
  for (const p of programs) {
    test(p.name, () => {
      const seeds = p.outputs ? SEEDS : 1
      const seen = new Set<string>()
      for (let seed = 1; seed <= seeds; seed++) {
        const r = runProgram(p.source, { seed, maxSteps: 1_000_000 })
        checkAgainst(p, r.stdout, r.stderr, r.exitCode)
        seen.add(r.stdout)
      }
      if (p.outputs && p.outputs.length > 1 && p.feature === 'races') {
        expect(seen.size, 'the seed should change the interleaving').toBeGreaterThan(1)
      }
    })
  }
})

describe('CPython oracle', () => {
  const results = new Map<string, ProcessResult>()
  const checked = programs.filter((p) => !p.kitchenOnly)
  beforeAll(async () => {
    await pool(checked, 3, async (p) => {
      results.set(p.name, await runCPython(p, p.exit === 3 ? 2500 : 30_000))
    })
  }, 600_000)
  for (const p of checked) {
    test(p.name, () => {
      const r = results.get(p.name)!
      if (p.exit === 3) {
        // a deadlock: python3 hangs where the kitchen reports it
        expect(r.timedOut, 'python3 should still be waiting').toBe(true)
        return
      }
      expect(r.timedOut).toBe(false)
      checkAgainst(p, r.stdout, r.stderr, r.exitCode)
    })
  }
})
