// A web host per test (`tsx electron/web/main.ts`, what `npm run web` runs
// after building), with a fresh user data folder, and helpers the journeys share.
import { test as base, expect, type Page, type TestInfo } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Host {
  readonly url: string
  readonly dataDir: string
  readonly proc: ChildProcess
}

/// Starts a web host; `progress` pre-fills progress.json (levels already cleared).
export async function startHost(progress?: Record<string, { time: number; statements: number }>): Promise<Host> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kitchen-e2e-'))
  if (progress) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'progress.json'), JSON.stringify({ version: 1, cleared: progress }))
  }
  const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`the web host did not start: ${out}`)), 30_000)
    proc.stdout!.on('data', (d) => {
      out += d
      const m = /open at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) { clearTimeout(timer); ok(m[1]) }
    })
    proc.stderr!.on('data', (d) => { out += d })
    proc.on('exit', (code) => fail(new Error(`the web host exited (${code}): ${out}`)))
  })
  return { url, dataDir, proc }
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use) => {
    const h = await startHost()
    await use(h)
    h.proc.kill()
  },
})

export { expect }

/// Progress with every level before `id` cleared (from the level files, in order).
export function clearedBefore(id: string): Record<string, { time: number; statements: number }> {
  const dir = 'levels'
  const ids = readdirSync(dir).filter((f) => f.endsWith('.level.yaml')).sort()
    .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))![1])
  const out: Record<string, { time: number; statements: number }> = {}
  for (const l of ids.slice(0, ids.indexOf(id))) out[l] = { time: 1, statements: 1 }
  return out
}

/// Keeps a screenshot of the page as the test's artifact.
export async function keep(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = join('test-results', 'screenshots', `${name}.png`)
  await page.screenshot({ path })
  await info.attach(name, { path, contentType: 'image/png' })
}

/// Chooses a slot and presses a palette statement (the mouse way).
export async function placeByClick(page: Page, slot: string, code: string): Promise<void> {
  await page.getByLabel('Place statements into slot').selectOption(slot)
  await page.getByRole('button', { name: new RegExp(`^Place ${code.replace(/[()]/g, '\\$&')}`) }).click()
}

/// Drags a palette statement onto the editor line that holds a slot.
export async function placeByDrag(page: Page, code: string, line: number): Promise<void> {
  const chip = page.getByRole('button', { name: new RegExp(`^Place ${code.replace(/[()]/g, '\\$&')}`) })
  const target = page.locator('.cm-content .cm-line').nth(line - 1)
  await chip.dragTo(target)
}

/// Plays the run to its end at the fastest speed.
export async function playToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip to the end' }).click()
}

/// Counts the kitchen canvas's distinct colours (a blank canvas has one).
export async function canvasColours(page: Page): Promise<{ colours: number; nonFloor: number }> {
  return page.evaluate(() => {
    const stage = (window as unknown as { kitchenStage: { draw(force: boolean): unknown } }).kitchenStage
    stage.draw(true) // WebGL keeps its pixels only until the frame is shown: read them in the same task
    // the room (drawn once) and the live kitchen over it, as the screen shows them
    const room = document.querySelector('canvas.kitchen-room') as HTMLCanvasElement
    const src = document.querySelector('canvas.kitchen-canvas') as HTMLCanvasElement
    const c = document.createElement('canvas')
    c.width = src.width
    c.height = src.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(room, 0, 0)
    ctx.drawImage(src, 0, 0)
    const data = ctx.getImageData(0, 0, c.width, c.height).data
    const seen = new Set<number>()
    let nonFloor = 0
    for (let i = 0; i < data.length; i += 16) {
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
      seen.add(rgb)
      if (rgb !== 0xe9d3b0 && rgb !== 0xe0c49a) nonFloor++
    }
    return { colours: seen.size, nonFloor }
  })
}
