/// The levels the host offers: the level files of a folder, with the
/// levels module's placements and judge behind the LevelCatalog the host uses.

import { existsSync } from 'node:fs'
import { loadLevels, applyPlacements, statementCount, formatProblem, LevelError, type Level, type Placements, type Finding } from '../levels/index.ts'
import { judgeRun } from '../judge/judge.ts'
import type { LevelView, Mark, VerdictView } from '../ipc/contract.ts'
import { NO_LEVELS, type LevelCatalog } from './catalog.ts'

const MARK_KIND: Record<string, Mark['kind']> = { deadlock: 'wait', 'lost-wakeup': 'wait', 'never-ends': 'wait' }
const MAX_STEPS = 2_000_000

function view(l: Level, next: Level | undefined): LevelView {
  return {
    id: l.id, chapter: `${l.chapter}. ${l.chapterTitle}`, title: l.title, story: l.story.trim(), idea: l.idea,
    lines: l.program.lines, places: l.slots.map((s) => ({ name: s.name, index: s.index, indent: s.indent })),
    palette: l.palette.map((p) => ({ code: p.code, count: p.count, label: p.label ?? null })),
    hints: l.hints, par: l.par, next: next?.id ?? null,
  }
}

/// The judge's findings as a verdict the renderer shows.
export function verdictView(level: Level, v: ReturnType<typeof judgeRun>): VerdictView {
  const first: Finding | undefined = v.failures[0]
  const marks: Mark[] = []
  for (const f of [...v.failures, ...v.notes]) {
    for (const p of f.places) marks.push({ line: p.line, message: p.thread ? `${p.thread}: ${p.note}` : p.note, kind: v.failures.includes(f) ? MARK_KIND[f.kind] ?? 'error' : 'note' })
  }
  const headline = v.passed ? `Level cleared: ${'★'.repeat(v.stars)}${'☆'.repeat(3 - v.stars)}` : sentence(first!.message)
  return {
    passed: v.passed, kind: v.kind, headline,
    details: [...v.failures.slice(v.passed ? 0 : 1), ...v.notes].map((f) => sentence(f.message)),
    marks, certificate: null, counterexample: null,
    par: { time: level.par.time, statements: level.par.statements, yourTime: v.stats.time, yourStatements: v.stats.statements, stars: v.stars },
  }
}

function sentence(s: string): string {
  const t = s.trim()
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.')
}

/// The catalog of the level files in `dir` (none when the folder is missing).
/// A folder with a bad level file fails loudly, with every problem listed.
export function loadCatalog(dir: string): LevelCatalog {
  if (!existsSync(dir)) return NO_LEVELS
  let levels: Level[]
  try {
    levels = loadLevels(dir)
  } catch (e) {
    if (e instanceof LevelError) throw new Error(`the level files have problems:\n${e.problems.map(formatProblem).join('\n')}`)
    throw e
  }
  const byId = new Map(levels.map((l) => [l.id, l]))
  const views = levels.map((l, i) => view(l, levels[i + 1]))
  const level = (id: string): Level => {
    const l = byId.get(id)
    if (!l) throw new Error(`no level ${JSON.stringify(id)}`)
    return l
  }
  return {
    levels: () => views,
    assemble(id, _source, placements) {
      const l = level(id)
      const p: Placements = placements ?? {}
      return { source: applyPlacements(l, p), statements: statementCount(p), seed: l.seed }
    },
    async judge(id, source, run, statements) {
      const l = level(id)
      return verdictView(l, judgeRun({ goals: l.goals, run, source, statements, par: l.par, maxSteps: MAX_STEPS }))
    },
  }
}
