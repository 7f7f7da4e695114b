// Settings are saved in the user data folder and applied; the fix exports
// as Python; a run file dropped on the window replays.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, keep, placeByClick } from './fixtures.ts'

test('settings: colour-blind palette, larger text and reduced motion are saved and kept', async ({ page, host }, info) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByLabel('Colour-blind safe palette').check()
  await dialog.getByLabel('Reduced motion (cooks step instead of walking)').check()
  await dialog.getByLabel('Text size').selectOption('larger')
  await dialog.getByLabel('Playback speed').selectOption('4')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger')
  await expect(page.locator('html')).toHaveClass(/colour-blind/)
  const saved = JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8'))
  expect(saved).toEqual({ speed: 4, reducedMotion: true, colourBlind: true, textSize: 'larger' })
  // a new page (and the host's next start) keeps them
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger')
  await page.getByRole('button', { name: /^Level 1: / }).click()
  await expect(page.getByLabel('Speed', { exact: true })).toHaveValue('4')
  await keep(page, info, 'settings-colour-blind-larger-text')
})

test('export the fix as Python, and open a run by dropping it on the window', async ({ page, host }) => {
  await page.goto(host.url + '#/level/dessert')
  await placeByClick(page, 'hire', 'dessert_thread.start()')
  await placeByClick(page, 'collect', 'dessert_thread.join()')
  await page.getByRole('button', { name: 'Run the kitchen' }).click()
  await expect(page.locator('.verdict.passed')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export as Python' }).click()
  expect((await download).suggestedFilename()).toBe('dessert.py')
  const py = readFileSync(join(host.dataDir, 'exports', 'dessert.py'), 'utf8')
  expect(py).toContain('    dessert_thread.start()\n')
  expect(py).toContain('    dessert_thread.join()\n')
  expect(py).not.toContain('# slot')

  const saved = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save run' }).click()
  await saved
  const text = readFileSync(join(host.dataDir, 'runs', readdirSync(join(host.dataDir, 'runs'))[0]), 'utf8')
  await page.getByRole('button', { name: 'Level map' }).click()
  // drop the file on the window, as a player drags it from their files
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer()
    d.items.add(new File([t], 'dropped.kitchenrun', { type: 'application/json' }))
    return d
  }, text)
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt })
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt })
  await expect(page.getByRole('heading', { name: 'Replay of dropped.kitchenrun' })).toBeVisible()
  await expect(page.locator('.replay-same')).toContainText('Replayed exactly')
})
