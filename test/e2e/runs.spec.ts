// Save a run, reopen it (from the saved list and as a file) and replay it exactly.
import { readFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, keep, placeByClick, playToEnd } from './fixtures.ts'

test('save a run, reopen it, replay it event for event', async ({ page, host }, info) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: /^Level 1: / }).click()
  await placeByClick(page, 'hire', 'dessert_thread.start()')
  await placeByClick(page, 'collect', 'dessert_thread.join()')
  await page.getByRole('button', { name: 'Run the kitchen' }).click()
  await expect(page.locator('.verdict.passed')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save run' }).click()
  const file = await download
  await expect(page.locator('.saved')).toContainText('Saved the run as dessert-')
  // the host kept it in the user data folder, and it is a valid run file
  const saved = readdirSync(join(host.dataDir, 'runs'))
  expect(saved).toHaveLength(1)
  const run = JSON.parse(readFileSync(join(host.dataDir, 'runs', saved[0]), 'utf8'))
  expect(run.format).toBe('kitchenrun')
  expect(run.program.source).toContain('    dessert_thread.join()')

  // reopen from the map's list of saved runs
  await page.getByRole('button', { name: 'Level map' }).click()
  await page.getByLabel('Saved runs').selectOption(saved[0])
  await page.getByRole('button', { name: 'Open saved run' }).click()
  await expect(page.locator('.replay-same')).toContainText('Replayed exactly')
  await expect(page.locator('.cm-content')).toContainText('dessert_thread.join()')
  await expect(page.locator('.verdict.passed')).toBeVisible()
  await playToEnd(page)
  await expect(page.locator('.clock')).toHaveText('7.0 s')
  await keep(page, info, 'run-replayed')

  // and open the downloaded file through the file picker
  const path = await file.path()
  expect(existsSync(path)).toBe(true)
  await page.getByRole('button', { name: 'Level map' }).click()
  await page.locator('#open-file').setInputFiles({ name: 'mine.kitchenrun', mimeType: 'application/json', buffer: readFileSync(path) })
  await expect(page.getByRole('heading', { name: 'Replay of mine.kitchenrun' })).toBeVisible()
  await expect(page.locator('.replay-same')).toBeVisible()

  // a damaged file is refused with the reason
  await page.getByRole('button', { name: 'Level map' }).click()
  const bad = readFileSync(path, 'utf8').replace('"seed":', '"seed":"x","zz":')
  await page.locator('#open-file').setInputFiles({ name: 'bad.kitchenrun', mimeType: 'application/json', buffer: Buffer.from(bad) })
  await expect(page.locator('.notice')).toContainText('Cannot open bad.kitchenrun')
})

test('the sandbox runs any program and scrubbing moves the kitchen', async ({ page, host }, info) => {
  await page.goto(host.url + '#/sandbox')
  await page.getByRole('button', { name: 'Run the kitchen' }).click()
  await expect(page.locator('.verdict.passed')).toBeVisible()
  await page.getByRole('button', { name: 'Pause' }).click()
  const scrub = page.getByLabel('Playhead: scrub through the run')
  await scrub.fill('500')
  await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /Assistant: bakes cake/)
  await page.getByRole('button', { name: 'Restart' }).click()
  await expect(page.locator('.clock')).toHaveText('0.0 s')
  await page.getByRole('button', { name: 'Step one event' }).click()
  await expect(page.locator('.stage-status')).toContainText(/^MainThread .* at 0 s$/)
  await keep(page, info, 'sandbox-scrubbed')
})
