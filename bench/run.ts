/// The benchmarks. Each prints the kitchen's figure beside python3's, run on
/// this machine in the same session, and their ratio: absolute times are
/// noisy here, ratios much less so. Results are appended to
/// .bench/history.jsonl so each run can show the previous figures.

import { readFileSync, mkdirSync, appendFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inspectBench } from './inspect.ts'
import { ROOT, python, type Row } from './common.ts'
import { threadBenchmarks } from './threads.ts'

const PROGRAMS = join(ROOT, 'bench', 'programs')

type RunProgram = (source: string, options: Record<string, unknown>) => { stdout: string; stderr: string; exitCode: number; steps: number }

async function loadEngine(): Promise<RunProgram> {
  const bundle = join(ROOT, 'dist', 'engine', 'index.mjs')
  const mod = existsSync(bundle)
    ? await import(pathToFileURL(bundle).href)
    : await import(pathToFileURL(join(ROOT, 'electron', 'engine', 'index.ts')).href)
  return mod.runProgram as RunProgram
}

/// Median of n wall-clock seconds of fn.
function median(n: number, fn: () => void): number {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    fn()
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(n / 2)]
}

/// Best of n wall-clock seconds of fn.
function best(n: number, fn: () => void): number {
  let min = Infinity
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    fn()
    min = Math.min(min, (performance.now() - t0) / 1000)
  }
  return min
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4)
}

export async function main(_argv: string[]): Promise<number> {
  const runProgram = await loadEngine()
  const rows: Row[] = []

  // CPU-bound program: time ratio (target: kitchen / CPython <= 3)
  {
    const file = join(PROGRAMS, 'cpu.py')
    const source = readFileSync(file, 'utf8')
    let out = ''
    const kitchen = best(10, () => { out = runProgram(source, { maxSteps: 1e9, trace: false }).stdout })
    const py = python(file)
    if (out !== py.stdout) throw new Error(`cpu.py: the kitchen printed ${JSON.stringify(out)}, python3 ${JSON.stringify(py.stdout)}`)
    rows.push({ name: 'cpu-bound program (s)', kitchen, cpython: py.seconds, unit: 's', ratio: kitchen / py.seconds, target: '<= 3.0x CPython time' })
  }

  // Condition ping-pong, controlled mode: round trips per second
  {
    const file = join(PROGRAMS, 'pingpong.py')
    const source = readFileSync(file, 'utf8')
    const rounds = Number(/ROUNDS = (\d+)/.exec(source)![1])
    let out = ''
    // CPython's hand-offs are fast when both threads share a core and slow
    // across cores, so its times are bimodal: compare medians here
    const kitchen = median(10, () => { out = runProgram(source, { maxSteps: 1e9, trace: false }).stdout })
    const py = python(file, 'median')
    if (out !== py.stdout) throw new Error(`pingpong.py: the kitchen printed ${JSON.stringify(out)}, python3 ${JSON.stringify(py.stdout)}`)
    const k = rounds / kitchen, c = rounds / py.seconds
    rows.push({ name: 'Condition ping-pong, controlled (round trips/s)', kitchen: k, cpython: c, unit: '/s', ratio: k / c, target: 'rate (medians), for the record' })
  }

  const threads = await threadBenchmarks()
  rows.push(...threads.rows)

  const previous = lastRun()
  console.log('benchmark'.padEnd(52), 'kitchen'.padStart(12), 'CPython'.padStart(12), 'ratio'.padStart(8), 'previous ratio'.padStart(15), '  target')
  for (const r of rows) {
    const prev = previous.get(r.name)
    console.log(r.name.padEnd(52), fmt(r.kitchen).padStart(12), fmt(r.cpython).padStart(12), (r.ratio.toFixed(2) + 'x').padStart(8),
      (prev === undefined ? '-' : prev.toFixed(2) + 'x').padStart(15), '  ' + r.target)
  }
  for (const note of threads.notes) console.log(note)
  // the levels: certify each reference, refute each wrong solution (bench/levels.ts)
  const { printLevelBenchmarks } = await import('./levels.ts')
  const levels = printLevelBenchmarks()
  mkdirSync(join(ROOT, '.bench'), { recursive: true })
  await inspectBench()
  appendFileSync(join(ROOT, '.bench', 'history.jsonl'), JSON.stringify({ at: new Date().toISOString(), rows, levels }) + '\n')
  return 0
}

function lastRun(): Map<string, number> {
  const file = join(ROOT, '.bench', 'history.jsonl')
  const out = new Map<string, number>()
  if (!existsSync(file)) return out
  const lines = readFileSync(file, 'utf8').trim().split('\n')
  const last = JSON.parse(lines[lines.length - 1]) as { rows: Row[] }
  for (const r of last.rows) out.set(r.name, r.ratio)
  return out
}
