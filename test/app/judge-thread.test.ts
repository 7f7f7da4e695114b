// The judge thread: level runs are judged and packs checked on a worker of
// their own, one job at a time; a stopped job ends (its worker with it when
// it was running) without touching the others.

import { test, expect, afterAll } from 'vitest'
import { join } from 'node:path'
import { loadLevels, applyPlacements } from '../../electron/levels/index.ts'
import { runProgram } from '../../electron/engine/index.ts'
import { JudgeThread, JudgeStopped } from '../../electron/host/judge-thread.ts'
import { PackError } from '../../electron/host/pack.ts'

const levels = loadLevels(join(import.meta.dirname, '..', '..', 'levels'))
const closing = levels.find((l) => l.id === 'closing-time')!
const fix = { close: ['closing.set()', 'washer.join()'] }
const source = applyPlacements(closing, fix)
const run = runProgram(source, { seed: closing.seed, maxSteps: 200_000 })
const judge = new JudgeThread()
afterAll(() => judge.close())

const stopIn = (ms: number): AbortSignal => {
  const c = new AbortController()
  setTimeout(() => c.abort(), ms)
  return c.signal
}

test('a job waiting behind another is stopped alone; the one running gives its verdict', async () => {
  const stop = new AbortController()
  const first = judge.judge(closing, source, run, 2, closing.seed)
  const second = judge.judge(closing, source, run, 2, closing.seed, stop.signal)
  stop.abort()
  await expect(second).rejects.toBeInstanceOf(JudgeStopped)
  const v = await first
  expect(v.passed).toBe(true)
  expect(v.certificate?.schedules).toBeGreaterThan(1)
})

test('stopping the running job ends it; the job after it still gets its verdict (on a new worker)', async () => {
  const first = judge.judge(closing, source, run, 2, closing.seed, stopIn(50))
  const second = judge.judge(closing, source, run, 2, closing.seed)
  await expect(first).rejects.toBeInstanceOf(JudgeStopped)
  expect((await second).passed).toBe(true)
})

test('a job already stopped never starts', async () => {
  const c = new AbortController()
  c.abort()
  await expect(judge.judge(closing, source, run, 2, closing.seed, c.signal)).rejects.toBeInstanceOf(JudgeStopped)
})

test('a pack that fails its checks comes back as a PackError with every problem', async () => {
  const e = await judge.checkPack('{"format": "kitchenpack", "version": 99}', 'old.kitchenpack').catch((x: unknown) => x)
  expect(e).toBeInstanceOf(PackError)
  expect((e as PackError).problems).toEqual(['old.kitchenpack: pack format version 99 is not supported (this kitchen reads version 1)'])
})
