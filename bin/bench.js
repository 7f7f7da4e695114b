#!/usr/bin/env node
// `npm run bench`: every benchmark, side by side with python3 on this machine.
import { register } from 'tsx/esm/api'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { join, dirname } from 'node:path'

register()
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { main } = await import(pathToFileURL(join(root, 'bench', 'run.ts')).href)
process.exitCode = await main(process.argv.slice(2))
