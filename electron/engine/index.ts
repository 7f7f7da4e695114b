/// The engine's entry for Node hosts (CLI, tests, the web and Electron
/// hosts): runs a program with the kitchen's Python library read from
/// `electron/engine/lib/`. The engine core below it stays free of Node.

import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join, dirname } from 'node:path'
import { runKitchen, type RunOptions, type RunResult, EXIT_DEADLOCK, EXIT_DIVERGED } from './run.ts'

// beside this file in the sources; up in the repo's electron/ from a bundle in dist/
const HERE = dirname(fileURLToPath(import.meta.url))
const LIB_DIR = [join(HERE, 'lib'), join(HERE, '..', '..', 'electron', 'engine', 'lib')]
  .find((d) => existsSync(join(d, 'threading.py'))) ?? join(HERE, 'lib')
const cache = new Map<string, string | null>()

/// The source of a kitchen library module, or null.
export function librarySource(name: string): string | null {
  if (!cache.has(name)) {
    const file = join(LIB_DIR, `${name}.py`)
    cache.set(name, existsSync(file) ? readFileSync(file, 'utf8') : null)
  }
  return cache.get(name)!
}

/// Runs a kitchen program on the controlled scheduler.
export function runProgram(source: string, options: Partial<RunOptions> = {}): RunResult {
  return runKitchen(source, { library: librarySource, ...options })
}

export { EXIT_DEADLOCK, EXIT_DIVERGED, type RunOptions, type RunResult }
export type { Recording } from './sched/scheduler.ts'
export { ImportCache } from './imports.ts'
