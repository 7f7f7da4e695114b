/// Benchmarks of real threads (engine/workers, host/pool.ts), each beside
/// python3 on this machine in the same session.

import { spawnSync } from 'node:child_process'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, python, type Row } from './common.ts'

const PROGRAMS = join(ROOT, 'bench', 'programs')

type PoolModule = typeof import('../electron/host/pool.ts')

async function loadPool(): Promise<PoolModule> {
  const bundle = join(ROOT, 'dist', 'host', 'pool.mjs')
  return existsSync(bundle) ? await import(pathToFileURL(bundle).href) : await import(pathToFileURL(join(ROOT, 'electron', 'host', 'pool.ts')).href)
}

async function medianOf(n: number, fn: () => Promise<void>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await fn()
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(n / 2)]
}

export async function threadBenchmarks(): Promise<{ rows: Row[]; notes: string[] }> {
  const { WorkerPool } = await loadPool()
  const rows: Row[] = []
  const notes: string[] = []

  // memory first, on a fresh pool: the host's RSS with 8 idle workers, and per added worker
  {
    const pool = new WorkerPool(16)
    const rss0 = process.memoryUsage().rss
    await pool.warm(8)
    await new Promise((r) => setTimeout(r, 200))
    const rss8 = process.memoryUsage().rss
    await pool.warm(12)
    await new Promise((r) => setTimeout(r, 200))
    const rss12 = process.memoryUsage().rss
    await pool.close()
    const py = spawnSync('python3', [join(ROOT, 'bench', 'cpython_threads_rss.py'), '8', '4'], { encoding: 'utf8' })
    const [pyRss8, pyPer] = py.stdout.trim().split(/\s+/).map(Number)
    const mb = (b: number): number => b / 1024 / 1024
    rows.push({ name: 'RSS with 8 idle threads (MiB)', kitchen: mb(rss8), cpython: mb(pyRss8), unit: 'MiB', ratio: rss8 / pyRss8, target: 'for the record' })
    const per = (rss12 - rss8) / 4
    rows.push({ name: 'RSS per added thread (MiB)', kitchen: mb(per), cpython: mb(pyPer), unit: 'MiB', ratio: per / pyPer, target: 'for the record' })
    notes.push(`host RSS before any worker: ${mb(rss0).toFixed(1)} MiB`)
  }

  const pool = new WorkerPool(16)
  await pool.warm(9)

  // Condition ping-pong on real workers (free mode): round trips per second, medians
  {
    const file = join(PROGRAMS, 'pingpong.py')
    const source = readFileSync(file, 'utf8')
    const rounds = Number(/ROUNDS = (\d+)/.exec(source)![1])
    let out = ''
    const kitchen = await medianOf(5, async () => { out = (await pool.run(source, { mode: 'free', trace: false, maxSteps: 1e9 })).stdout })
    const py = python(file, 'median')
    if (out !== py.stdout) throw new Error(`pingpong.py on workers printed ${JSON.stringify(out)}`)
    const k = rounds / kitchen, c = rounds / py.seconds
    rows.push({ name: 'Condition ping-pong, real threads (round trips/s)', kitchen: k, cpython: c, unit: '/s', ratio: k / c, target: '>= 1.0x CPython rate' })
    // what two bare workers reach passing a turn through Atomics: the ceiling
    // for any round trip of two GIL hand-offs, before any Python runs
    const { handoffFloor } = await import(pathToFileURL(join(ROOT, 'bench', 'handoff-floor.mjs')).href) as { handoffFloor(rounds: number): Promise<number> }
    const floors: number[] = []
    for (let i = 0; i < 5; i++) floors.push(await handoffFloor(rounds))
    floors.sort((a, b) => a - b)
    rows.push({ name: 'bare Atomics hand-off between 2 workers, no Python (round trips/s)', kitchen: floors[2], cpython: c, unit: '/s', ratio: floors[2] / c, target: 'for the record: the ceiling of the row above' })
  }

  // start + join of 8 no-op threads from a warm pool: time per thread
  {
    const file = join(PROGRAMS, 'threads8.py')
    const source = readFileSync(file, 'utf8')
    const n = Number(/ROUNDS = (\d+)/.exec(source)![1]) * 8
    let out = ''
    const kitchen = await medianOf(5, async () => { out = (await pool.run(source, { mode: 'free', trace: false, maxSteps: 1e9 })).stdout })
    const py = python(file, 'median')
    if (out !== py.stdout) throw new Error(`threads8.py on workers printed ${JSON.stringify(out)}`)
    const k = kitchen / n * 1e6, c = py.seconds / n * 1e6
    rows.push({ name: 'start+join of a no-op thread, warm pool (µs)', kitchen: k, cpython: c, unit: 'µs', ratio: k / c, target: 'for the record' })
  }

  // cancelling: from abort() to the run's result
  {
    const src = 'import threading, time\nfor _ in range(3): threading.Thread(target=time.sleep, args=(100,)).start()\nwhile True:\n    pass\n'
    const lat: number[] = []
    for (let i = 0; i < 5; i++) {
      const ac = new AbortController()
      const running = pool.run(src, { mode: 'free', signal: ac.signal, trace: false })
      await new Promise((r) => setTimeout(r, 100))
      const t0 = performance.now()
      ac.abort()
      await running
      lat.push(performance.now() - t0)
    }
    lat.sort((a, b) => a - b)
    notes.push(`cancel latency: median ${lat[2].toFixed(1)} ms, worst ${lat[4].toFixed(1)} ms of 5 (target <= 100 ms)`)
  }
  await pool.close()
  return { rows, notes }
}
