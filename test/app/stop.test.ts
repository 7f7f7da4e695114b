// Stopping a live run: the cancel reaches the worker pool, the run ends as
// stopped (no verdict, nothing recorded) and the next run starts clean.
import { describe, it, expect } from 'vitest'
import { mkdtempSync, existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KitchenHost } from '../../electron/host/kitchen-host.ts'
import { loadCatalog } from '../../electron/host/levels.ts'
import { defaultPool } from '../../electron/host/pool.ts'
import type { HostEvent } from '../../electron/ipc/contract.ts'
import { DEFAULT_MAX_STEPS } from '../../electron/levels/index.ts'

const catalog = loadCatalog(join(import.meta.dirname, '..', '..', 'levels'))
const NEVER_ENDS = { close: ['washer.join()'] } // the dishwasher is never told to stop

describe('Stop', () => {
  it('stops a never-ending level run on the workers; the next run is clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-stop-'))
    // closing time is open: every level before it is cleared
    const ids = catalog.levels().map((l) => l.id)
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, cleared: Object.fromEntries(ids.slice(0, ids.indexOf('closing-time')).map((l) => [l, { time: 1, statements: 1 }])) }))
    const host = new KitchenHost({ dataDir: dir, catalog })
    let started: string | null = null
    let streamed = 0
    let stopAsked = false
    const api = host.connect((e: HostEvent) => {
      if (e.kind === 'run-started') started = e.runId
      if (e.kind === 'run-events' && e.runId === started) {
        streamed += e.events.length
        if (!stopAsked) { stopAsked = true; void api.cancel(started!).then((ok) => expect(ok).toBe(true)) }
      }
    })
    const out = await api.run({ levelId: 'closing-time', source: '', placements: NEVER_ENDS })
    expect(out.stopped).toBe(true)
    expect(out.verdict).toBeNull()
    expect(out.runFile).toBe('')
    expect(out.exitCode).toBe(130)
    expect(out.stderr).toContain('the run was cancelled')
    // it stopped before the step limit: cut short, with no exit event
    expect(out.trace.length).toBeGreaterThan(0)
    expect(out.trace.length).toBeLessThan(1_000_000)
    expect(out.trace.some((e) => e.kind === 'exit')).toBe(false)
    // the run is gone: cancelling it again finds nothing
    expect(await api.cancel(started!)).toBe(false)
    // every worker went back to the pool
    const pool = defaultPool()
    expect(pool.idleCount).toBe(pool.size)
    // the next run starts clean and is judged as usual
    const next = await api.run({ levelId: 'dessert', source: '', placements: { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] } })
    expect(next.stopped).toBe(false)
    expect(next.verdict?.passed).toBe(true)
    expect(next.trace[0]).toMatchObject({ seq: 0 })
    expect(existsSync(join(dir, 'progress.json'))).toBe(true)
  }, 60_000)

  it('a never-ending level run ends at the level judge budget with its verdict, as kitchen play does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-stop-'))
    const ids = catalog.levels().map((l) => l.id)
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, cleared: Object.fromEntries(ids.slice(0, ids.indexOf('closing-time')).map((l) => [l, { time: 1, statements: 1 }])) }))
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    const out = await api.run({ levelId: 'closing-time', source: '', placements: NEVER_ENDS })
    expect(out.stopped).toBe(false)
    expect(out.stderr).toContain(`more than ${DEFAULT_MAX_STEPS} steps`)
    expect(out.verdict?.passed).toBe(false)
    expect(out.verdict?.kind).toBe('never-ends')
  }, 60_000)

  it('stops a run while the inspector judges it; the host answers meanwhile, and the same fix run again is certified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-stop-'))
    const ids = catalog.levels().map((l) => l.id)
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, cleared: Object.fromEntries(ids.slice(0, ids.indexOf('closing-time')).map((l) => [l, { time: 1, statements: 1 }])) }))
    const host = new KitchenHost({ dataDir: dir, catalog })
    const order: string[] = []
    let judging: string | null = null
    let printed = ''
    const progress: { runId: string; schedules: number }[] = []
    const api = host.connect((e: HostEvent) => {
      if (e.kind === 'judge-progress') progress.push({ runId: e.runId, schedules: e.schedules })
      if (e.kind !== 'run-judging' || judging !== null) return
      judging = e.runId
      printed = e.stdout
      // the judge works on its own thread: the host still answers calls
      void api.listLevels().then(() => order.push('levels listed'))
      // the certification takes hundreds of schedules: stop once it is under way
      setTimeout(() => void api.cancel(e.runId).then((ok) => order.push(`cancel ${ok}`)), 20)
    })
    const fix = { close: ['closing.set()', 'washer.join()'] }
    const out = await api.run({ levelId: 'closing-time', source: '', placements: fix })
    order.push('run answered')
    expect(judging).not.toBeNull()
    // the window shows what the kitchen printed while the judge works
    expect(printed).toContain('Head chef: lights off.')
    expect(order).toEqual(['levels listed', 'cancel true', 'run answered'])
    expect(out.stopped).toBe(true)
    expect(out.verdict).toBeNull()
    expect(out.runFile).toBe('')
    // the kitchen had finished: the whole run is there, only the verdict is missing
    expect(out.exitCode).toBe(0)
    expect(out.trace.some((e) => e.kind === 'exit')).toBe(true)
    // a stopped judgement clears nothing
    expect(host.listLevels().find((l) => l.id === 'closing-time')?.cleared).toBe(false)
    // the same fix again, not stopped: certified
    const again = await api.run({ levelId: 'closing-time', source: '', placements: fix })
    expect(again.stopped).toBe(false)
    expect(again.verdict?.passed).toBe(true)
    expect(again.verdict?.certificate?.schedules).toBeGreaterThan(1)
    // the window heard how far the inspector had got while it worked
    const heard = progress.filter((p) => p.runId === again.runId).map((p) => p.schedules)
    expect(heard.length).toBeGreaterThan(0)
    expect(heard).toEqual([...heard].sort((a, b) => a - b))
    expect(heard[heard.length - 1]).toBeLessThanOrEqual(again.verdict!.certificate!.schedules)
    expect(host.listLevels().find((l) => l.id === 'closing-time')?.cleared).toBe(true)
  }, 60_000)

  it('says false for a run that is not going', async () => {
    const api = new KitchenHost({ dataDir: mkdtempSync(join(tmpdir(), 'kitchen-stop-')), catalog }).connect(() => {})
    expect(await api.cancel('run-404')).toBe(false)
  })
})
