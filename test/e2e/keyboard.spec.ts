// One level played with the keyboard alone.
import { test, expect, keep } from './fixtures.ts'
import type { Page } from '@playwright/test'

/// Presses Tab until the focused element matches, like a keyboard user.
async function tabTo(page: Page, what: (el: Element) => boolean, label: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`(${what.toString()})(document.activeElement)`)) return
  }
  throw new Error(`Tab never reached ${label}`)
}

test('keyboard only: open level 1, place both statements, run, and hear the verdict', async ({ page, host }, info) => {
  await page.goto(host.url)
  // the map focuses the first open level
  await expect(page.getByRole('button', { name: /^Level 1: / })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'The dessert bakes while you cook' })).toBeVisible()
  // the slot picker starts at the first slot ("hire"): press the start() statement
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Place statements into slot', 'the slot picker')
  await tabTo(page, (el) => (el.getAttribute('aria-label') ?? '').startsWith('Place dessert_thread.start()'), 'start()')
  await page.keyboard.press('Enter')
  // in the editor: Alt+Down goes from slot to slot; on the collect slot, Alt+2 places the second statement
  await tabTo(page, (el) => el.classList.contains('cm-content'), 'the editor')
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+2')
  await expect(page.locator('.cm-line').nth(22)).toHaveText(/dessert_thread\.join\(\)/)
  // typing into a locked line changes nothing
  await page.keyboard.type('oops')
  await expect(page.locator('.cm-content')).not.toContainText('oops')
  await tabTo(page, (el) => el.textContent === '▶ Run the kitchen', 'the Run button')
  await page.keyboard.press('Enter')
  await expect(page.locator('.verdict.passed')).toBeVisible()
  // playback from the keyboard: focus the stage's Play button, then End skips to the end
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Skip to the end', 'End')
  await page.keyboard.press('Enter')
  await expect(page.locator('.clock')).toHaveText('7.0 s')
  await keep(page, info, 'keyboard-only-cleared')
})
