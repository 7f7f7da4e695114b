/// The levels the host offers: the level files of a folder, with the
/// levels module's placements and judge behind the LevelCatalog the host uses.

import { existsSync } from 'node:fs'
import { loadLevels, applyPlacements, statementCount, checkSolution, formatProblem, LevelError, levelRunOptions, DEFAULT_MAX_STEPS, type Level, type Placements, type Finding } from '../levels/index.ts'
import { judgeRun } from '../judge/judge.ts'
import { runProgram, EXIT_DIVERGED, type RunResult } from '../engine/index.ts'
import { inspectProgram, replayFailure } from '../inspect/index.ts'
import type { InspectReport, Progress } from '../inspect/api.ts'
import type { LevelView, Mark, VerdictView } from '../ipc/contract.ts'
import { NO_LEVELS, type LevelCatalog } from './catalog.ts'
import { defaultJudgeThread } from './judge-thread.ts'

const MARK_KIND: Record<string, Mark['kind']> = { deadlock: 'wait', 'lost-wakeup': 'wait', 'never-ends': 'wait' }
/// Budgets of the inspection behind a cleared level (the player waits for it).
const INSPECT_SECONDS = 8
const INSPECT_SCHEDULES = 50_000
const INSPECT_STEPS = 200_000

function view(l: Level, next: Level | undefined, prefix: string): LevelView {
  return {
    id: prefix + l.id, chapter: `${l.chapter}. ${l.chapterTitle}`, title: l.title, story: l.story.trim(), idea: l.idea,
    lines: l.program.lines, places: l.slots.map((s) => ({ name: s.name, index: s.index, indent: s.indent })),
    palette: l.palette.map((p) => ({ code: p.code, count: p.count, label: p.label ?? null })),
    hints: l.hints, par: l.par, next: next ? prefix + next.id : null,
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
  return catalogOf(levels)
}

/// The catalog of levels in play order; `prefix` goes before every id (a
/// pack's levels are `PACK/LEVEL`, so they never clash with others').
export function catalogOf(levels: readonly Level[], prefix = ''): LevelCatalog {
  const byId = new Map(levels.map((l) => [prefix + l.id, l]))
  const views = levels.map((l, i) => view(l, levels[i + 1], prefix))
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
    statements(id, source) {
      try {
        return statementCount(checkSolution(level(id), source))
      } catch {
        return 0
      }
    },
    judge: (id, source, run, statements, seed, signal, onProgress) => defaultJudgeThread().judge(level(id), source, run, statements, seed, signal, onProgress),
  }
}

/// The verdict on a finished run of a level: the judge's, and for a run that
/// passed, the inspector's (it must hold in every interleaving). Takes up to
/// seconds: the host calls it on the judge thread.
export function judgeLevelRun(l: Level, source: string, run: RunResult, statements: number, seed: number, onProgress?: (p: Progress) => void): VerdictView {
  const judged = levelRunOptions(l).accesses ? withAccesses(source, run, seed) : run
  const v = verdictView(l, judgeRun({ goals: l.goals, run: judged, source, statements, par: l.par, maxSteps: DEFAULT_MAX_STEPS }))
  // a run that failed shows its own failure
  return v.passed ? certify(l, source, statements, v, onProgress) : v
}

/// The race and busy-wait detectors read every shared access, which runs on
/// worker threads do not trace: replay the run on one thread, following its
/// recording, with accesses traced (the same run, with more events).
function withAccesses(source: string, run: RunResult, seed: number): RunResult {
  const again = runProgram(source, { seed, maxSteps: DEFAULT_MAX_STEPS, follow: run.recording, accesses: true })
  return again.exitCode === EXIT_DIVERGED ? run : again
}

/// The inspector's word on a program whose live run cleared the level: a
/// certificate, or the interleaving that breaks it (replayed for its trace).
export function certify(l: Level, source: string, statements: number, v: VerdictView, onProgress?: (p: Progress) => void): VerdictView {
  const check = (r: Parameters<typeof judgeRun>[0]['run']) => {
    const j = judgeRun({ goals: l.goals, run: r, source, statements, maxSteps: INSPECT_STEPS })
    const f = j.failures[0]
    return f ? { message: f.message, line: f.places[0]?.line ?? 0, thread: f.places[0]?.thread } : null
  }
  let report: InspectReport
  try {
    report = inspectProgram(source, {
      bound: l.inspect.bound, switchPoints: 'language', check, timeLimit: INSPECT_SECONDS, maxSchedules: INSPECT_SCHEDULES, maxSteps: INSPECT_STEPS, onProgress,
      ...(l.inspect.durations ? { durations: l.inspect.durations } : {}),
    })
  } catch (e) {
    return { ...v, details: [...v.details, `The inspector could not check this program: ${(e as Error).message}`] }
  }
  if (report.verdict === 'certified' && l.goals.noRaces && report.races.length > 0) {
    // no interleaving gave a wrong answer, but nothing makes the right one safe
    const r = report.races[0]
    return {
      ...v, passed: false, kind: 'race', certificate: null,
      headline: 'It worked in every interleaving tried, but two cooks touch the same thing with nothing between them.',
      details: report.races.map((x) => `${x.variable}: ${x.first.op} by ${x.first.thread} at line ${x.first.line}, ${x.second.op} by ${x.second.thread} at line ${x.second.line}, with no lock or signal ordering them.`),
      marks: [r.first, r.second].map((a) => ({ line: a.line, message: `${a.thread} ${a.op}s ${r.variable}`, kind: 'error' as const })),
    }
  }
  if (report.verdict === 'certified') {
    return { ...v, certificate: { schedules: report.schedules, bound: report.bound, seconds: report.seconds } }
  }
  if (report.verdict === 'inconclusive' || !report.failure) {
    return { ...v, details: [...v.details, `The inspector explored ${report.schedules.toLocaleString('en')} interleavings without finding a failure, but ran out of ${report.coverage.stoppedBy ?? 'budget'} before covering them all.`] }
  }
  const f = report.failure
  const replayed = replayFailure(source, f, report.switchPoints, INSPECT_STEPS).result
  const marks: Mark[] = f.line ? [{ line: f.line, message: `${f.thread}: ${f.message}`, kind: f.kind === 'deadlock' ? 'wait' : 'error' }] : []
  return {
    passed: false, kind: 'refuted',
    headline: 'It worked this time, but not in every interleaving.',
    details: [sentence(f.message), ...f.steps.slice(-4).flatMap((s) => s.notes.map((n) => `${s.thread}: ${n}`))],
    marks, certificate: null, par: v.par,
    counterexample: {
      trace: replayed.trace,
      note: `The inspector found an interleaving with ${f.preemptions} preemption${f.preemptions === 1 ? '' : 's'} where it fails${f.hiddenByCPython ? ' (CPython 3.11 rarely switches there, but Python promises nothing)' : ''}: it is playing in the kitchen now.`,
    },
  }
}
