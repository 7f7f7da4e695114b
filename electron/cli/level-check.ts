/// `kitchen level check DIR|LEVEL...`: every problem of every level file at
/// file:line:column, then each reference and known-wrong solution judged.
/// Exit 0 when every level is valid, 1 otherwise.

import { statSync } from 'node:fs'
import { loadLevel, loadLevels, checkLevelSolutions, LevelError, formatProblem, type Level } from '../levels/index.ts'
import { UsageError, parseFlags } from './flags.ts'

export function cmdLevel(argv: string[]): number {
  const [sub, ...rest] = argv
  if (sub !== 'check') throw new UsageError(sub === undefined ? 'level needs a subcommand: check' : `unknown level subcommand '${sub}' (known: check)`)
  const flags = parseFlags(rest, new Set(), new Set(['quiet']))
  if (flags.positional.length === 0) throw new UsageError('level check needs a folder of levels or level files')
  let bad = 0
  let count = 0
  const levels: Level[] = []
  for (const arg of flags.positional) {
    try {
      let isDir = false
      try { isDir = statSync(arg).isDirectory() } catch { /* loadLevel reports it */ }
      levels.push(...(isDir ? loadLevels(arg) : [loadLevel(arg)]))
    } catch (e) {
      if (!(e instanceof LevelError)) throw e
      for (const p of e.problems) process.stderr.write(formatProblem(p) + '\n')
      bad += new Set(e.problems.map((p) => p.file)).size
    }
  }
  for (const level of levels) {
    count++
    const checks = checkLevelSolutions(level)
    const problems = checks.filter((c) => c.problem)
    if (problems.length) {
      bad++
      for (const c of problems) process.stderr.write(formatProblem(c.problem!) + '\n')
    } else if (!flags.switches.has('quiet')) {
      const summary = checks.map((c) => `${c.spec.verdict === 'pass' ? 'reference' : c.spec.name}: ${c.verdict?.kind}`).join(', ')
      process.stdout.write(`ok  ${level.id} (${level.file}): ${summary}\n`)
    }
  }
  process.stdout.write(`${count} level${count === 1 ? "" : "s"} checked, ${bad} invalid\n`)
  return bad ? 1 : 0
}
