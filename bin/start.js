#!/usr/bin/env node
// `npm start`: make sure Electron's binary is there (fetching it with
// Electron's own install script when it is missing: the install skips it
// where there is no network), build the renderer and the main process,
// then open the window.
import { existsSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const electronBinary = () => {
  try {
    const p = require('electron') // the binary's path; throws when it was never installed
    return typeof p === 'string' && existsSync(p) ? p : null
  } catch {
    return null
  }
}

let bin = process.env.KITCHEN_ELECTRON_BINARY ?? electronBinary()
if (!bin) {
  console.log('Electron is not downloaded yet: fetching it (once)…')
  const env = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'inherit', env })
  bin = electronBinary()
  if (!bin) {
    console.error('Could not fetch Electron (is there a network?). `npm run web` plays the game in a browser instead.')
    process.exit(1)
  }
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const built = spawnSync(npm, ['run', '-s', 'build'], { stdio: 'inherit' })
if (built.status !== 0) process.exit(built.status ?? 1)
const child = spawn(bin, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
