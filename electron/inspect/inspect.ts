/// The inspector: does some interleaving make this program fail? Explores
/// schedules with iteratively raised preemption bounds (0, 1, .. the bound),
/// so the first failure found needs the fewest preemptions; stops early when
/// a bound prunes nothing (then every interleaving was covered). Never says
/// `certified` for what it did not explore: a spent budget is `inconclusive`.

import { runProgram, ImportCache, type RunResult } from '../engine/index.ts'
import { parse } from '../engine/front/parse.ts'
import { compile } from '../engine/compile/compiler.ts'
import { execute, addBacktracks, isPreemption, type Execution, type Node, type Runner } from './explore.ts'
import { findRaces } from './races.ts'
import { describeSteps } from './steps.ts'
import type { InspectOptions, InspectReport, Failure, FailureKind, Race, SwitchPoints, Durations } from './api.ts'

/// Heap of an exploring run (small: a run is made thousands of times).
export const INSPECT_HEAP_MB = 32
export const INSPECT_SEED = 1
const DEFAULT_MAX_STEPS = 200_000
/// Time given to checking whether a failure also happens at CPython's switch points.
const CPYTHON_LOOK_SECONDS = 0.5

/// Runs `source` once, following `decide`; the options the counterexample's
/// run file must carry to replay it.
export function inspectRunOptions(switchPoints: SwitchPoints, maxSteps: number) {
  return { seed: INSPECT_SEED, heapMegabytes: INSPECT_HEAP_MB, switchPoints, maxSteps, slice: [1, 1] as const, time: 'virtual' as const }
}

/// A failure's schedule run again, as `replay` will run it, and the options
/// its run file must carry to replay it.
export function replayFailure(source: string, failure: Failure, switchPoints: SwitchPoints, maxSteps: number, filename = 'program.py') {
  const options = inspectRunOptions(switchPoints, maxSteps)
  const result = runProgram(source, { ...options, filename, follow: failure.recording })
  const fileOptions = { time: 'virtual' as const, maxSteps, switchPoints, heapMegabytes: options.heapMegabytes }
  return { result, seed: options.seed, fileOptions }
}

export function inspectProgram(source: string, options: InspectOptions): InspectReport {
  const durations = options.durations && options.durations.jitter > 0 ? options.durations : undefined
  if (durations && !(durations.jitter >= 0 && durations.jitter < 1)) throw new RangeError(`durations: jitter must be at least 0 and below 1, not ${durations.jitter}`)
  if (!durations) return explore(source, options, undefined)
  // With ranges a woken thread runs until it waits before the next wake-up,
  // so two waits that end at the very same instant are not interleaved:
  // the written lengths, where such ties happen, are explored first (they
  // are lengths in the ranges too), then every order the ranges allow.
  const exact = explore(source, options, undefined)
  if (exact.verdict === 'refuted') return { ...exact, durations }
  const budget = (total: number | undefined, spent: number): number | undefined => (total === undefined ? undefined : Math.max(total - spent, 0))
  const ranged = explore(source, {
    ...options, timeLimit: budget(options.timeLimit, exact.seconds), maxSchedules: budget(options.maxSchedules, exact.schedules),
  }, durations)
  const races = new Map<string, Race>()
  for (const r of [...exact.races, ...ranged.races]) races.set(`${r.variable}|${r.first.line}|${r.second.line}`, r)
  const bounds = [exact.coverage.completedBound, ranged.coverage.completedBound]
  return {
    ...ranged,
    verdict: ranged.verdict === 'refuted' ? 'refuted' : exact.verdict === 'inconclusive' || ranged.verdict === 'inconclusive' ? 'inconclusive' : 'certified',
    schedules: exact.schedules + ranged.schedules,
    seconds: exact.seconds + ranged.seconds,
    coverage: {
      completedBound: bounds.includes(null) ? null : Math.min(...(bounds as number[])),
      stoppedBy: exact.coverage.stoppedBy ?? ranged.coverage.stoppedBy,
    },
    races: [...races.values()],
  }
}

/// One exploration, with exact durations or with ranges.
function explore(source: string, options: InspectOptions, durations: Durations | undefined): InspectReport {
  const filename = options.filename ?? 'program.py'
  // a SyntaxError is the caller's to report (PySyntaxError)
  compile(parse(source, filename), filename, source)
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  const reduction = options.reduction !== false
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
  const runOptions = inspectRunOptions(options.switchPoints, maxSteps)
  const output = options.check !== undefined
  const races = new Map<string, Race>()
  let schedules = 0
  let stoppedBy: 'schedules' | 'time' | null = null

  // every schedule starts the same way: its library imports are put back, not run again
  const imports = options.importCache === false ? undefined : new ImportCache()
  const run: Runner = (decide, track) => runProgram(source, { ...runOptions, filename, decide, track: track as never, imports, durations })

  const limit = options.bound ?? Infinity
  let completed: number | null = null
  let failure: Failure | null = null
  for (let bound = 0; bound <= limit && failure === null && stoppedBy === null; bound++) {
    let prefix: number[] = []
    let prefixNodes: Node[] = []
    let pruned = false
    for (;;) {
      const ex = execute(run, prefix, prefixNodes, output, reduction)
      schedules++
      if (ex.result !== null) {
        const names = threadNames(ex.result)
        for (const r of findRaces(ex, names)) {
          const key = `${r.variable}|${r.first.line}|${r.second.line}`
          if (!races.has(key)) races.set(key, r)
        }
        const fail = classify(ex.result, names, options)
        if (fail) {
          // with ranges, the lengths that make this order happen replay it
          const waits = ex.result.witness?.() ?? null
          const recording = waits ? { ...ex.result.recording, durations: waits.map((w) => w.took) } : ex.result.recording
          failure = {
            ...fail, preemptions: ex.preemptions, recording, seed: INSPECT_SEED,
            ...(waits ? { durations: waits.map((w) => ({ ...w, thread: names(w.thread) })), wakeUpsOutOfOrder: outOfOrder(ex) } : {}),
            steps: describeSteps(ex, names, source), stdout: ex.result.stdout, stderr: ex.result.stderr,
          }
          break
        }
      }
      if (schedules % 50 === 0) options.onProgress?.({ bound, schedules, seconds: seconds() })
      if (options.maxSchedules !== undefined && schedules >= options.maxSchedules) { stoppedBy = 'schedules'; break }
      if (options.timeLimit !== undefined && seconds() >= options.timeLimit) { stoppedBy = 'time'; break }
      if (reduction) addBacktracks(ex)
      else for (const n of ex.nodes) for (const t of n.ready) n.backtrack.add(t)
      const next = nextBranch(ex, bound)
      if (next.pruned) pruned = true
      if (next.index < 0) break
      prefix = ex.nodes.slice(0, next.index).map((n) => n.chosen)
      prefix.push(next.thread)
      prefixNodes = ex.nodes.slice(0, next.index + 1)
    }
    if (failure === null && stoppedBy === null) {
      completed = bound
      // nothing was cut off by this bound: every interleaving is covered
      if (!pruned) break
    }
  }

  if (failure !== null && options.switchPoints === 'language' && options.checkCPython !== false && failure.preemptions === 0) {
    // without preemptions threads change hands only where they block, and
    // they block at the same places whatever the switch points
    failure = { ...failure, hiddenByCPython: false }
  } else if (failure !== null && options.switchPoints === 'language' && options.checkCPython !== false && !failure.message.startsWith('KitchenError')) {
    // would CPython 3.11 ever switch threads where this failure needs it to?
    // A short look: only a refutation there says no, so the answer is
    // "hidden" only when that look covered its whole bound.
    const atCPython = inspectProgram(source, {
      ...options, switchPoints: 'cpython', bound: failure.preemptions, onProgress: undefined,
      timeLimit: CPYTHON_LOOK_SECONDS, maxSchedules: undefined,
    })
    const hidden = atCPython.verdict === 'refuted' ? false : atCPython.verdict === 'certified' ? true : undefined
    failure = { ...failure, hiddenByCPython: hidden }
  }

  return {
    verdict: failure ? 'refuted' : stoppedBy ? 'inconclusive' : 'certified',
    durations: durations ?? null,
    bound: options.bound,
    switchPoints: options.switchPoints,
    reduction,
    schedules,
    seconds: seconds(),
    coverage: { completedBound: completed, stoppedBy },
    failure,
    races: [...races.values()],
  }
}

/// The deepest hand-off with an untried thread that fits the bound.
function nextBranch(ex: Execution, bound: number): { index: number; thread: number; pruned: boolean } {
  let pruned = false
  for (let i = ex.nodes.length - 1; i >= 0; i--) {
    const n = ex.nodes[i]
    for (const t of [...n.backtrack].sort((a, b) => a - b)) {
      if (n.done.has(t) || n.sleep.has(t) || !n.ready.includes(t)) continue
      const cost = n.preemptionsBefore + (isPreemption(n, t) ? 1 : 0)
      if (cost > bound) { pruned = true; continue }
      n.done.add(t)
      return { index: i, thread: t, pruned }
    }
  }
  return { index: -1, thread: 0, pruned }
}

/// Wake-ups chosen out of their nominal order (durations as ranges).
function outOfOrder(ex: Execution): number {
  return ex.nodes.filter((n) => n.ready[0] < 0 && n.chosen !== n.last).length
}

/// Thread idents to names, from the trace.
export function threadNames(r: RunResult): (ident: number) => string {
  const names = new Map<number, string>()
  for (const e of r.trace) {
    if ((e.kind === 'thread-start' || e.kind === 'thread-name') && typeof e.detail === 'string') names.set(e.thread, e.detail)
  }
  return (ident) => names.get(ident) ?? (ident === 1 ? 'MainThread' : `Thread-${ident - 1}`)
}

/// What went wrong in a run, if anything.
export function classify(r: RunResult, name: (ident: number) => string, options: Pick<InspectOptions, 'check'>): { kind: FailureKind; message: string; thread: string; line: number } | null {
  const exc = r.trace.find((e) => e.kind === 'exception')
  if (exc) {
    const message = String(exc.detail ?? 'exception')
    return { kind: message.startsWith('AssertionError') ? 'assertion' : 'exception', message, thread: name(exc.thread), line: exc.line }
  }
  if (r.exitCode === 3 && r.trace.some((e) => e.kind === 'deadlock')) {
    const waits = r.stderr.split('\n').filter((l) => / waits at line \d+/.test(l)).map((l) => l.trim())
    const first = /^(.*) waits at line (\d+)/.exec(waits[0] ?? '')
    return {
      kind: 'deadlock',
      message: `deadlock: ${waits.join('; ') || 'every thread waits'}`,
      thread: first ? first[1] : 'MainThread',
      line: first ? Number(first[2]) : 0,
    }
  }
  if (r.exitCode !== 0 && /KitchenError|MemoryError/.test(r.stderr)) {
    const line = r.stderr.trim().split('\n').pop() ?? 'KitchenError'
    return { kind: 'exception', message: line, thread: 'MainThread', line: 0 }
  }
  if (options.check) {
    const bad = options.check(r)
    if (bad) return { kind: 'goal', message: bad.message, thread: bad.thread ?? 'MainThread', line: bad.line }
  }
  return null
}
