// Stop a live run from the window: a never-ending level run stops, the
// kitchen says stopped (no verdict), and Run works again; a run being judged
// stops too.
import { test, expect, keep, placeByClick, startHost, clearedBefore } from './fixtures.ts'

test('stop a never-ending run with the Stop button and with Escape, then run again', async ({ page }, info) => {
  const host = await startHost(clearedBefore('closing-time'))
  try {
    await page.goto(host.url + '#/level/closing-time')
    await expect(page.getByRole('heading', { name: 'Closing time' })).toBeVisible()
    const stop = page.getByRole('button', { name: 'Stop the run' })
    await expect(stop).toBeDisabled()
    // wait for the dishwasher without ever telling them to go home: it never ends
    await placeByClick(page, 'close', 'washer.join()')
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(stop).toBeEnabled()
    // stop as soon as the cooks are in the kitchen: the run ends by itself at
    // the level's step budget within seconds
    await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /dishwasher/)
    await stop.click()
    await expect(page.locator('.run-stopped')).toContainText(/^Stopped at [\d.]+ s of kitchen time\. Nothing was judged/)
    await expect(page.locator('.verdict')).toHaveCount(0)
    await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /The run was stopped\./)
    await expect(page.getByRole('button', { name: 'Run the kitchen' })).toBeEnabled()
    await expect(stop).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Save run' })).toBeDisabled()
    await keep(page, info, 'run-stopped')

    // Run works again, and Escape stops it too
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(page.locator('.run-stopped')).toHaveCount(0)
    await expect(stop).toBeEnabled()
    await page.keyboard.press('Escape')
    await expect(page.locator('.run-stopped')).toBeVisible()

    // on a fresh screen, the fix: when the kitchen finishes, the judge goes to
    // work (this host's first judgement also starts its judge thread) and Stop stops it
    await page.reload()
    await placeByClick(page, 'close', 'closing.set()')
    await placeByClick(page, 'close', 'washer.join()')
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(page.locator('.judging')).toContainText('The judge is checking the run')
    await expect(page.locator('.output')).toContainText('Head chef: lights off.')
    await keep(page, info, 'judging')
    await stop.click()
    await expect(page.locator('.run-stopped')).toContainText(/^Stopped while the judge was at work: the kitchen finished in [\d.]+ s of kitchen time, but nothing was judged/)
    await expect(page.locator('.verdict')).toHaveCount(0)

    // and run again, not stopped: judged as usual
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(page.locator('.verdict.passed')).toBeVisible()
  } finally {
    host.proc.kill()
  }
})
