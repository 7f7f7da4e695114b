// Open a teacher's level pack in the window, see its chapters on the map
// beside the game's, and play one of its levels; a damaged pack dropped on
// the window is refused with the reason.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, copyFileSync, writeFileSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, keep, placeByClick } from './fixtures.ts'

/// Builds a pack of two of the game's levels with the CLI, as a teacher would.
function buildPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kitchen-e2e-pack-'))
  for (const f of ['01-01-dessert.level.yaml', '03-03-closing-time.level.yaml']) copyFileSync(join('levels', f), join(dir, f))
  writeFileSync(join(dir, 'pack.yaml'), 'id: school-kitchen\ntitle: The school kitchen\nauthor: Ms. Rivera\nversion: "1.2"\n')
  const out = join(dir, 'class.kitchenpack')
  const r = spawnSync(process.execPath, ['bin/kitchen.js', 'pack', 'build', dir, '-o', out], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
  if (r.status !== 0) throw new Error(`pack build failed: ${r.stderr}`)
  return out
}

test('open a level pack, find its chapters on the map, and clear one of its levels', async ({ page, host }, info) => {
  const pack = readFileSync(buildPack())
  await page.goto(host.url)
  await page.locator('#open-pack').setInputFiles({ name: 'class.kitchenpack', mimeType: 'application/json', buffer: pack })
  await expect(page.locator('.notice')).toContainText('Opened the level pack “The school kitchen” by Ms. Rivera (version 1.2): 2 levels')
  const section = page.getByRole('region', { name: 'Level pack The school kitchen' })
  await expect(section.getByText('A level pack by Ms. Rivera · version 1.2 · 2 levels')).toBeVisible()
  await expect(section.getByRole('heading', { name: '3. Signals (Event)' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^The school kitchen, level 2: Closing time, locked/ })).toBeDisabled()
  // the game's own map is still there, first
  await expect(page.getByRole('button', { name: /^Level 1: The dessert bakes while you cook, open/ })).toBeEnabled()
  await section.scrollIntoViewIfNeeded()
  await keep(page, info, 'pack-on-map')

  await page.getByRole('button', { name: /^The school kitchen, level 1: / }).click()
  await expect(page).toHaveURL(/#\/level\/school-kitchen\/dessert$/)
  await placeByClick(page, 'hire', 'dessert_thread.start()')
  await placeByClick(page, 'collect', 'dessert_thread.join()')
  await page.getByRole('button', { name: 'Run the kitchen' }).click()
  await expect(page.locator('.verdict.passed')).toBeVisible()
  await page.getByRole('button', { name: 'Next level →' }).click()
  await expect(page.getByRole('heading', { name: 'Closing time' })).toBeVisible()
  await keep(page, info, 'pack-level-next')

  // progress is the pack's: its second level opened, the game's own did not
  await page.getByRole('button', { name: 'Level map' }).click()
  await expect(page.getByRole('button', { name: /^The school kitchen, level 1: .*, cleared · best 7 s, 2 statements/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^The school kitchen, level 2: Closing time, open/ })).toBeEnabled()
  await expect(page.getByRole('button', { name: /^Level 1: The dessert bakes while you cook, open/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Level 2: .*, locked/ })).toBeDisabled()
  expect(JSON.parse(readFileSync(join(host.dataDir, 'progress.json'), 'utf8')).cleared).toEqual({ 'school-kitchen/dessert': { time: 7, statements: 2 } })

  // a damaged pack dropped on the window is refused with its reason; the pack already open stays
  const damaged = JSON.parse(pack.toString('utf8'))
  damaged.version = 7
  await page.evaluate((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'newer.kitchenpack', { type: 'application/json' }))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, JSON.stringify(damaged))
  await expect(page.locator('.notice')).toContainText('Cannot open the level pack newer.kitchenpack: newer.kitchenpack: pack format version 7 is not supported (this kitchen reads version 1)')
  await page.reload()
  await expect(page.getByRole('region', { name: 'Level pack The school kitchen' })).toBeVisible()
  expect(readdirSync(join(host.dataDir, 'packs'))).toEqual(['school-kitchen.kitchenpack'])
})
