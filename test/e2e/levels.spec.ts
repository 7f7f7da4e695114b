// Journeys through the levels in Debian's Chromium against the web host.
import { test, expect, keep, placeByClick, placeByDrag, playToEnd, canvasColours, startHost, clearedBefore } from './fixtures.ts'

test('clear the first level by placing start() and dragging join() into place', async ({ page, host }, info) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: /^Level 1: .*, open/ }).click()
  await expect(page.getByRole('heading', { name: 'The dessert bakes while you cook' })).toBeVisible()
  await placeByClick(page, 'hire', 'dessert_thread.start()')
  // the collect slot is on line 23 once start() fills line 16
  await expect(page.locator('.cm-content')).toContainText('dessert_thread.start()')
  await placeByDrag(page, 'dessert_thread.join()', 23)
  await expect(page.locator('.cm-line').nth(22)).toHaveText(/^\s+dessert_thread\.join\(\)$/)
  await page.getByRole('button', { name: 'Run the kitchen' }).click()
  await expect(page.locator('.verdict.passed')).toBeVisible()
  await expect(page.locator('.verdict-headline')).toContainText('Level cleared')
  await expect(page.locator('.par')).toContainText('par 7 s')
  // the kitchen drew: cooks, stations, colours, not an empty canvas
  await page.waitForTimeout(1200)
  const px = await canvasColours(page)
  expect(px.colours).toBeGreaterThan(40)
  expect(px.nonFloor).toBeGreaterThan(5000)
  await keep(page, info, 'level-1-cleared')
  await playToEnd(page)
  await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /MainThread: finished/)
  await expect(page.getByRole('button', { name: 'Next level →' })).toBeVisible()
  // the map shows the level cleared with its best, and the next one open
  await page.getByRole('button', { name: 'Level map' }).click()
  await expect(page.getByRole('button', { name: /^Level 1: .*, cleared · best 7 s, 2 statements/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Level 2: .*, open/ })).toBeEnabled()
  await expect(page.getByRole('button', { name: /^Level 3: .*, locked/ })).toBeDisabled()
})

test('join() placed too early blocks the kitchen', async ({ page }, info) => {
  const host = await startHost(clearedBefore('join-too-early'))
  try {
    await page.goto(host.url)
    await page.getByRole('button', { name: /: Waiting for someone who waits for you, open/ }).click()
    await placeByClick(page, 'early', 'helper.join()')
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(page.locator('.verdict.failed')).toBeVisible()
    await expect(page.locator('.verdict-headline')).toContainText(/block|wait|deadlock/i)
    await playToEnd(page)
    await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /The kitchen is blocked/)
    await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /MainThread: waits at join\(\)/)
    // the editor marks the line the head chef waits at
    await expect(page.locator('.cm-line.cm-mark-wait', { hasText: 'helper.join()' })).toBeVisible()
    await expect(page.locator('.cm-mark-note-wait', { hasText: /^↑ MainThread: waits for .* to finish/ })).toBeVisible()
    await keep(page, info, 'join-too-early-blocked')
  } finally {
    host.proc.kill()
  }
})

test('a Condition level: the lost wake-up fails, and the failing run plays again in the kitchen', async ({ page }, info) => {
  const host = await startHost(clearedBefore('lost-wakeup'))
  try {
    await page.goto(host.url)
    await page.getByRole('button', { name: /: The bell rang while you were folding napkins, open/ }).click()
    await placeByClick(page, 'wait', 'ready.wait()')
    await page.getByRole('button', { name: 'Run the kitchen' }).click()
    await expect(page.locator('.verdict.failed')).toBeVisible()
    await expect(page.locator('.verdict-headline')).toContainText('Lost wake-up')
    await expect(page.locator('.cm-mark-note-wait', { hasText: /runner/ }).first()).toBeVisible()
    // watch it again from the start: the cook rings the bell before the runner waits
    await page.getByRole('button', { name: 'Watch it go wrong again' }).click()
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible() // it plays
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByRole('button', { name: 'Restart' }).click()
    await expect(page.locator('.clock')).toHaveText('0.0 s')
    let sawRunnerFold = false
    for (let i = 0; i < 60; i++) {
      await page.getByRole('button', { name: 'Step one event' }).click()
      const label = await page.locator('canvas.kitchen-canvas').getAttribute('aria-label')
      if (/runner\): chops napkins/.test(label ?? '')) sawRunnerFold = true
      if (/notify/.test(await page.locator('.stage-status').textContent() ?? '')) break
    }
    expect(sawRunnerFold).toBe(true)
    await expect(page.locator('.stage-status')).toContainText('notify')
    await keep(page, info, 'lost-wakeup-notify-before-wait')
    await playToEnd(page)
    await expect(page.locator('canvas.kitchen-canvas')).toHaveAttribute('aria-label', /runner\): waits on Ready sign.*The kitchen is blocked/)
    await keep(page, info, 'lost-wakeup-blocked')
  } finally {
    host.proc.kill()
  }
})

test('a locked level typed into the address is refused with what to clear first, and a way back', async ({ page, host }, info) => {
  await page.goto(host.url + '#/level/lost-wakeup')
  await expect(page.getByRole('heading', { name: 'This level is locked' })).toBeVisible()
  await expect(page.locator('.refused-reason')).toHaveText(/^Level \d+ “.+” is locked: clear level \d+ “.+” first \(the level open now is level 1 “The dessert bakes while you cook”\)\.$/)
  // nothing of the level is shown: no program, no Run
  await expect(page.locator('.cm-content')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Run the kitchen' })).toHaveCount(0)
  await keep(page, info, 'locked-level-refused')
  const back = page.getByRole('button', { name: 'Back to the level map' })
  await expect(back).toBeFocused()
  await back.click()
  await expect(page.getByRole('button', { name: /^Level 1: .*, open/ })).toBeVisible()
  // the first level opens as usual
  await page.goto(host.url + '#/level/dessert')
  await expect(page.getByRole('heading', { name: 'The dessert bakes while you cook' })).toBeVisible()
})
