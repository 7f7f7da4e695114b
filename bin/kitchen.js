#!/usr/bin/env node
// Starts the kitchen CLI: the bundled build when it is there and newer than
// the sources, else the TypeScript sources through tsx.
import { existsSync, statSync, readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist', 'cli', 'kitchen.mjs')
/** Newest modification time of the engine's sources. */
function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p))
    else if (/\.(ts|py)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

let mod
const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(root, 'electron'))
if (fresh && process.env.KITCHEN_FROM_SOURCE !== '1') {
  mod = await import(pathToFileURL(bundle).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  mod = await import(pathToFileURL(join(root, 'electron', 'cli', 'kitchen.ts')).href)
}
const code = await mod.main(process.argv.slice(2))
process.exitCode = code
