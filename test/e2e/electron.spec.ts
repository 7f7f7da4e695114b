// The journeys in the real Electron window, through Playwright's Electron
// support. Electron's binary cannot be downloaded on every machine (not on
// the CI machine here): set KITCHEN_ELECTRON_BINARY to run them.
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, keep, placeByClick, placeByDrag, canvasColours } from './fixtures.ts'

const BIN = process.env.KITCHEN_ELECTRON_BINARY
const WHY = 'no Electron binary (set KITCHEN_ELECTRON_BINARY to the path of electron; it cannot be downloaded here)'

async function launch(): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: BIN!, args: ['.'],
    env: { ...process.env, KITCHEN_USER_DATA: mkdtempSync(join(tmpdir(), 'kitchen-electron-')) },
  })
}

test.describe('Electron window', () => {
  test.skip(!BIN, WHY)

  test('clear the first level in the Electron window', async ({}, info) => {
    const app = await launch()
    try {
      const page = await app.firstWindow()
      await page.getByRole('button', { name: /^Level 1: .*, open/ }).click()
      await placeByClick(page, 'hire', 'dessert_thread.start()')
      await placeByDrag(page, 'dessert_thread.join()', 23)
      await page.getByRole('button', { name: 'Run the kitchen' }).click()
      await expect(page.locator('.verdict.passed')).toBeVisible()
      await page.waitForTimeout(1000)
      expect((await canvasColours(page)).colours).toBeGreaterThan(40)
      await keep(page, info, 'electron-level-1-cleared')
    } finally {
      await app.close()
    }
  })

  test('the renderer has no Node, cannot navigate away or open windows', async () => {
    const app = await launch()
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('button', { name: /^Level 1: / })).toBeVisible()
      expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined')
      expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process)).toBe('undefined')
      expect(await page.evaluate(() => Object.keys((window as unknown as { kitchen: object }).kitchen).sort())).toEqual(['call', 'onEvent'])
      const before = page.url()
      await page.evaluate(() => { location.href = 'https://example.com/' })
      await page.waitForTimeout(500)
      expect(page.url()).toBe(before)
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true)
      expect(app.windows()).toHaveLength(1)
      await expect(page.evaluate(() => (window as unknown as { kitchen: { call(m: string, a: unknown[]): Promise<unknown> } }).kitchen.call('openRun', ['../../etc/passwd']))).rejects.toThrow(/not valid/)
    } finally {
      await app.close()
    }
  })
})
