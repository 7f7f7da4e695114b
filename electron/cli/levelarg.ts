/// What the level subcommands share: finding a level by file or id, reading
/// a solution file, and printing a verdict in words.

import { existsSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadLevel, loadLevels, type Level, type Verdict } from '../levels/index.ts'
import { UsageError } from './flags.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
/// The shipped levels (beside the sources, or up from a bundle in dist/).
export const LEVELS_DIR = [join(HERE, '..', '..', 'levels'), join(HERE, '..', '..', '..', 'levels')]
  .find((d) => existsSync(d)) ?? join(HERE, '..', '..', 'levels')

/// A level file, or the id of a shipped level (or of one in ./levels).
export function resolveLevel(arg: string): Level {
  if (existsSync(arg) && !arg.endsWith('/')) return loadLevel(arg)
  for (const dir of [join(process.cwd(), 'levels'), LEVELS_DIR]) {
    if (!existsSync(dir)) continue
    const found = loadLevels(dir).find((l) => l.id === arg)
    if (found) return found
  }
  throw new UsageError(`no level file or level id '${arg}'`)
}

export function readSolution(path: string | undefined): string {
  if (path === undefined) throw new UsageError('--solution FIX.py is required')
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw new UsageError(`can't open solution file '${path}'`)
  }
}

/// A verdict as a person reads it.
export function verdictText(v: Verdict): string {
  const out: string[] = []
  if (v.passed) {
    out.push(`PASS ${'★'.repeat(v.stars)}${'☆'.repeat(3 - v.stars)}  kitchen time ${round(v.stats.time)} s, ${v.stats.statements} statement${v.stats.statements === 1 ? '' : 's'} placed`)
  } else {
    out.push(`FAIL (${v.kind})`)
    for (const f of v.failures) {
      out.push(`  ${f.message}`)
      for (const p of f.places) out.push(`    line ${p.line}${p.thread ? ` (${p.thread})` : ''}: ${p.note}`)
    }
  }
  for (const n of v.notes) {
    out.push(`  note: ${n.message}`)
    for (const p of n.places) out.push(`    line ${p.line}${p.thread ? ` (${p.thread})` : ''}: ${p.note}`)
  }
  return out.join('\n') + '\n'
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000)
}
