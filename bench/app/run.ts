/// App benchmarks in Debian's headless Chromium against the web host:
/// frame times while replaying a 16-cook trace (median, 95th percentile;
/// target p95 < 16.7 ms), and page load to the first interactive level
/// screen (target < 1.5 s). Each figure is printed beside the previous run's
/// (.bench/app-history.jsonl).

import { readFileSync, mkdtempSync, existsSync, appendFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { runProgram } from '../../electron/engine/index.ts'
import { KitchenHost } from '../../electron/host/kitchen-host.ts'
import { loadCatalog } from '../../electron/host/levels.ts'
import { startWebHost } from '../../electron/web/server.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const HISTORY = join(ROOT, '.bench', 'app-history.jsonl')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

interface Row { readonly name: string; readonly value: number; readonly unit: string; readonly target: string }

const pct = (xs: number[], p: number): number => {
  const s = xs.slice().sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))]
}

export async function main(): Promise<number> {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) throw new Error('build the renderer first (npm run build:renderer)')
  const trace = runProgram(readFileSync(join(ROOT, 'bench', 'app', 'sixteen_cooks.py'), 'utf8'), { seed: 1 }).trace
  const host = new KitchenHost({ dataDir: mkdtempSync(join(tmpdir(), 'kitchen-bench-')), catalog: loadCatalog(join(ROOT, 'levels')) })
  const web = await startWebHost({ host, rendererDir: join(ROOT, 'dist', 'renderer') })
  const browser = await chromium.launch({ executablePath: process.env.KITCHEN_CHROMIUM ?? '/usr/bin/chromium', args: ARGS })
  const rows: Row[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    // page load -> the first level screen ready to play (median of 5 fresh loads)
    const loads: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank')
      await page.goto(`${web.url}#/level/dessert`)
      await page.waitForFunction(() => performance.getEntriesByName('level-ready').length > 0, null, { timeout: 30_000 })
      loads.push(await page.evaluate(() => performance.getEntriesByName('level-ready')[0].startTime))
    }
    rows.push({ name: 'page load -> interactive level screen, median (ms)', value: pct(loads, 0.5), unit: 'ms', target: '< 1500 ms' })

    // replay the 16-cook trace: time to derive and draw each frame
    await page.goto(`${web.url}#/sandbox`)
    await page.waitForFunction(() => (window as unknown as { kitchenStage?: unknown }).kitchenStage !== undefined)
    const cooks = await page.evaluate((t) => {
      const stage = (window as unknown as { kitchenStage: { load(t: unknown, play: boolean): void } }).kitchenStage
      stage.load(t, false)
      return new Set((t as { thread: number }[]).map((e) => e.thread)).size
    }, trace)
    const draw = await page.evaluate(() => (window as unknown as { kitchenStage: { benchFrames(n: number): number[] } }).kitchenStage.benchFrames(600))
    // the same frames, each waited for until the GPU (SwiftShader: the CPU) has
    // drawn it: reading a pixel back returns only then. The figure above times
    // what the page's thread does; this one what a frame costs in all.
    const drawn = await page.evaluate(`(() => {
      const stage = window.kitchenStage
      const gl = stage.kitchen.app.renderer.gl
      const px = new Uint8Array(4)
      const times = []
      for (let i = 0; i < 300; i++) {
        const t0 = performance.now()
        stage.seek((i / 300) * stage.duration)
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px)
        times.push(performance.now() - t0)
      }
      return times
    })()`) as number[]
    // and the intervals between frames while it plays at 4x
    // (a string: tsx would wrap a named inner function in a helper the page lacks)
    const intervals = await page.evaluate(`new Promise((ok) => {
      const stage = window.kitchenStage
      stage.restart()
      stage.toggle()
      const times = []
      let last = performance.now()
      function tick(now) {
        times.push(now - last)
        last = now
        if (times.length < 300) requestAnimationFrame(tick)
        else { stage.toggle(); ok(times.slice(5)) }
      }
      requestAnimationFrame(tick)
    })`) as number[]
    rows.push({ name: `frame draw time, ${cooks} threads, median (ms)`, value: pct(draw, 0.5), unit: 'ms', target: 'for the record' })
    rows.push({ name: `frame draw time, ${cooks} threads, p95 (ms)`, value: pct(draw, 0.95), unit: 'ms', target: '< 16.7 ms' })
    rows.push({ name: `frame drawn to pixels, ${cooks} threads, median (ms)`, value: pct(drawn, 0.5), unit: 'ms', target: 'for the record' })
    rows.push({ name: `frame drawn to pixels, ${cooks} threads, p95 (ms)`, value: pct(drawn, 0.95), unit: 'ms', target: '< 16.7 ms' })
    rows.push({ name: 'frame interval while playing, median (ms)', value: pct(intervals, 0.5), unit: 'ms', target: 'for the record' })
    rows.push({ name: 'frame interval while playing, p95 (ms)', value: pct(intervals, 0.95), unit: 'ms', target: '< 16.7 ms' })
  } finally {
    await browser.close()
    await web.close()
  }
  const previous = lastRun()
  console.log('\napp benchmark (headless Chromium)'.padEnd(56), 'now'.padStart(10), 'previous'.padStart(10), '  target')
  for (const r of rows) {
    const prev = previous.get(r.name)
    console.log(r.name.padEnd(55), r.value.toFixed(1).padStart(10), (prev === undefined ? '-' : prev.toFixed(1)).padStart(10), '  ' + r.target)
  }
  mkdirSync(dirname(HISTORY), { recursive: true })
  appendFileSync(HISTORY, JSON.stringify({ at: new Date().toISOString(), rows }) + '\n')
  return 0
}

function lastRun(): Map<string, number> {
  const out = new Map<string, number>()
  if (!existsSync(HISTORY)) return out
  const lines = readFileSync(HISTORY, 'utf8').trim().split('\n')
  for (const r of (JSON.parse(lines[lines.length - 1]) as { rows: Row[] }).rows) out.set(r.name, r.value)
  return out
}
