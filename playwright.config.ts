import { defineConfig } from '@playwright/test'

// End-to-end tests in Debian's Chromium (never a downloaded browser),
// against the web host that `npm run web` starts. Each test starts its own
// host with a fresh user data folder (test/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 120_000,
  // a fresh host starts its worker threads on the first run: that can take seconds on a loaded machine
  expect: { timeout: 20_000 },
  workers: 1,
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 1100 },
    launchOptions: {
      executablePath: process.env.KITCHEN_CHROMIUM ?? '/usr/bin/chromium',
      // Playwright gives every launch a fresh temporary user data folder
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    acceptDownloads: true,
  },
})
