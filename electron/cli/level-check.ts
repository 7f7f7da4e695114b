/// `kitchen level check DIR|LEVEL... [--no-inspect] [--quiet]`: every problem
/// of every level file at file:line:column, then each reference and
/// known-wrong solution judged (it must get its declared verdict) and
/// inspected (a reference must not be refuted, a wrong one not certified).
/// Exit 0 when every level is valid, 1 otherwise.

import { statSync } from 'node:fs'
import { loadLevel, loadLevels, checkLevelSolutions, inspectLevel, solutionSource, LevelError, formatProblem, type Level, type LevelProblem } from '../levels/index.ts'
import { UsageError, parseFlags } from './flags.ts'

export function cmdLevel(argv: string[]): number {
  const [sub, ...rest] = argv
  if (sub !== 'check') throw new UsageError(sub === undefined ? 'level needs a subcommand: check' : `unknown level subcommand '${sub}' (known: check)`)
  const flags = parseFlags(rest, new Set(), new Set(['quiet', 'no-inspect']))
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
    const problems: LevelProblem[] = checks.flatMap((c) => (c.problem ? [c.problem] : []))
    const inspected: string[] = []
    if (!flags.switches.has('no-inspect') && problems.length === 0) {
      // the inspector must not refute the reference, nor certify a wrong solution; a
      // budget that runs out first (a loaded machine) proves neither, and is only shown
      for (const c of checks) {
        const r = inspectLevel(level, solutionSource(level, c.spec), { timeLimit: c.spec.verdict === 'pass' ? 2 : 5 })
        const at = { file: c.spec.pos.file, line: c.spec.pos.line, column: c.spec.pos.column }
        if (c.spec.verdict === 'pass' && r.kind !== 'pass') problems.push({ ...at, message: `the inspector refutes the reference solution: ${r.kind}: ${r.report.failure?.message ?? 'data race'}` })
        if (c.spec.verdict !== 'pass' && r.report.verdict === 'certified' && r.kind === 'pass') problems.push({ ...at, message: `the inspector certifies wrong solution '${c.spec.name}': no interleaving within the bound fails` })
        inspected.push(r.report.verdict)
      }
    }
    if (problems.length) {
      bad++
      for (const p of problems) process.stderr.write(formatProblem(p) + '\n')
    } else if (!flags.switches.has('quiet')) {
      const kind = (c: (typeof checks)[number]): string => (c.spec.caughtBy === 'inspector' ? `passes a live run, ${c.spec.verdict} for the inspector` : String(c.verdict?.kind))
      const summary = checks.map((c, i) => `${c.spec.verdict === 'pass' ? 'reference' : c.spec.name}: ${kind(c)}${inspected[i] ? ` (inspector: ${inspected[i]})` : ''}`).join(', ')
      process.stdout.write(`ok  ${level.id} (${level.file}): ${summary}\n`)
    }
  }
  process.stdout.write(`${count} level${count === 1 ? "" : "s"} checked, ${bad} invalid\n`)
  return bad ? 1 : 0
}
