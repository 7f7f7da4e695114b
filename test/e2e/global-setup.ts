import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

// The tests drive the built renderer, as `npm run web` serves it.
export default function setup(): void {
  const chromium = process.env.KITCHEN_CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) throw new Error(`Debian's Chromium is missing at ${chromium}: apt-get install -y chromium`)
  execFileSync('npm', ['run', '-s', 'build:renderer'], { stdio: 'inherit' })
  // the Electron journeys need the main process too (only when they can run)
  if (process.env.KITCHEN_ELECTRON_BINARY) execFileSync('npm', ['run', '-s', 'build:electron'], { stdio: 'inherit' })
}
