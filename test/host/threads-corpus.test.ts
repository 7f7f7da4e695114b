/// The whole corpus on real threads: with a schedule (seeded, or a free
/// run's recording) the workers give the single-thread trace event for
/// event; a free run's recording replays to its trace hash on workers and
/// on one thread.

import { test, expect, afterAll } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'
import { WorkerPool } from '../../electron/host/pool.ts'
import { traceHash } from '../../electron/host/runfile.ts'
import { listPrograms } from '../support/corpus.ts'

const pool = new WorkerPool(16)
afterAll(() => pool.close())
const MAX_STEPS = 1_000_000

test('controlled mode on real threads gives the single-thread trace, for every program and seed', async () => {
  await pool.warm(4)
  const differ: string[] = []
  for (const p of listPrograms()) {
    for (const seed of [1, 2, 3]) {
      const one = runProgram(p.source, { seed, maxSteps: MAX_STEPS })
      const real = await pool.run(p.source, { mode: 'controlled', seed, maxSteps: MAX_STEPS })
      const same = traceHash(one.trace) === traceHash(real.trace) && one.stdout === real.stdout &&
        one.stderr === real.stderr && one.exitCode === real.exitCode
      if (!same) differ.push(`${p.name} seed ${seed}`)
    }
  }
  expect(differ).toEqual([])
}, 600_000)

test('free runs record what made them, and replay to the same trace on real threads and on one thread', async () => {
  const differ: string[] = []
  let runs = 0
  for (const p of listPrograms()) {
    for (const seed of [1, 2]) {
      const free = await pool.run(p.source, { mode: 'free', seed, maxSteps: MAX_STEPS, speed: 20, timeout: 30 })
      const hash = traceHash(free.trace)
      const onOne = runProgram(p.source, { seed, maxSteps: MAX_STEPS, follow: free.recording })
      const onWorkers = await pool.run(p.source, { mode: 'controlled', seed, maxSteps: MAX_STEPS, follow: free.recording })
      runs++
      if (traceHash(onOne.trace) !== hash) differ.push(`${p.name} seed ${seed} (one thread)`)
      if (traceHash(onWorkers.trace) !== hash) differ.push(`${p.name} seed ${seed} (workers)`)
      if (onOne.stdout !== free.stdout || onWorkers.exitCode !== free.exitCode) differ.push(`${p.name} seed ${seed} (output)`)
    }
  }
  expect(runs).toBeGreaterThan(300)
  expect(differ).toEqual([])
}, 900_000)
