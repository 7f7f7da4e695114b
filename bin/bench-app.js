#!/usr/bin/env node
// The app's benchmarks (bench/app/run.ts), in Debian's headless Chromium.
import { register } from 'tsx/esm/api'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { join, dirname } from 'node:path'

register()
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { main } = await import(pathToFileURL(join(root, 'bench', 'app', 'run.ts')).href)
process.exitCode = await main()
