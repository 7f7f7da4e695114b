/// Inspector benchmarks: for every program of the inspector's corpus, the
/// schedules explored and the time taken with and without partial-order
/// reduction at bounds 1, 2 and 3, the schedules per second, and the time
/// to the verdict at the default bound beside one python3 run of the same
/// program (the anchor; its ratio says how many "python3 runs" a proof costs).
/// Targets: every verdict at the default bound within 2 s, every refutation
/// within 1 s.

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { existsSync } from 'node:fs'
import type { InspectOptions, InspectReport } from '../electron/inspect/api.ts'
import { ROOT, python } from './common.ts'

type Inspect = (source: string, options: InspectOptions) => InspectReport

async function loadInspector(root: string): Promise<Inspect> {
  const bundle = join(root, 'dist', 'inspect', 'index.mjs')
  const mod = existsSync(bundle)
    ? await import(pathToFileURL(bundle).href)
    : await import(pathToFileURL(join(root, 'electron', 'inspect', 'index.ts')).href)
  return mod.inspectProgram as Inspect
}

/// Plain exploration of bigger programs runs for minutes: give each case this much.
const PLAIN_BUDGET_S = 5
const REDUCED_BUDGET_S = 20

export async function inspectBench(): Promise<void> {
  const inspect = await loadInspector(ROOT)
  const dir = join(ROOT, 'test', 'inspect', 'programs')
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort()
  const cell = (r: InspectReport): string => `${r.verdict === 'inconclusive' ? '>=' : ''}${r.schedules} ${r.seconds.toFixed(2)}s`
  console.log('\ninspector: schedules and seconds, with partial-order reduction | plain (budget ' + PLAIN_BUDGET_S + ' s)')
  console.log('program'.padEnd(30), ...[1, 2, 3].map((b) => `bound ${b}`.padEnd(34)))
  let schedules = 0
  let seconds = 0
  for (const f of files) {
    const source = readFileSync(join(dir, f), 'utf8')
    const cells: string[] = []
    for (const bound of [1, 2, 3]) {
      const a = inspect(source, { bound, switchPoints: 'language', checkCPython: false, timeLimit: REDUCED_BUDGET_S })
      const b = inspect(source, { bound, switchPoints: 'language', checkCPython: false, reduction: false, timeLimit: PLAIN_BUDGET_S })
      schedules += a.schedules + b.schedules
      seconds += a.seconds + b.seconds
      cells.push(`${cell(a)} | ${cell(b)}`.padEnd(34))
    }
    console.log(f.padEnd(30), ...cells)
  }
  console.log(`throughput: ${(schedules / seconds).toFixed(0)} schedules/s over all of the above`)

  console.log('\ninspector at the default bound (2, language switch points, reduction on), beside one python3 run')
  console.log('program'.padEnd(30), 'verdict'.padEnd(12), 'schedules'.padStart(9), 'inspector s'.padStart(12), 'python3 s'.padStart(10), 'ratio'.padStart(10), '  target')
  for (const f of files) {
    const file = join(dir, f)
    const r = inspect(readFileSync(file, 'utf8'), { bound: 2, switchPoints: 'language', timeLimit: REDUCED_BUDGET_S })
    // a program that sleeps seconds in python3 is timed once: its time is its sleeps
    // a refuted program's bug may show under python3 too (the timeout tie does under load)
    const py = python(file, 'best', /time\.sleep\((?!0\))/.test(readFileSync(file, 'utf8')) ? 1 : 10, r.verdict === 'refuted').seconds
    const target = r.verdict === 'refuted' ? 1 : 2
    console.log(f.padEnd(30), r.verdict.padEnd(12), String(r.schedules).padStart(9), r.seconds.toFixed(3).padStart(12), py.toFixed(4).padStart(10),
      `${(r.seconds / py).toFixed(0)}x`.padStart(10), `  <= ${target} s ${r.seconds <= target ? 'met' : 'MISSED'}`)
  }
}
