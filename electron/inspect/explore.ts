/// Systematic exploration of one program's interleavings: stateless (every
/// schedule runs the program again from the start, following a prefix of
/// choices), depth first, with a preemption bound, and with dynamic
/// partial-order reduction (Flanagan and Godefroid, POPL 2005): after each
/// run, every pair of dependent steps of different threads that could have
/// happened the other way round adds a backtrack point, and only those
/// points are tried. Without reduction every runnable thread is tried at
/// every hand-off.
///
/// A step (a "transition") is what one thread runs between two hand-offs;
/// its footprint comes from the VM's Tracker. Choosing another thread while
/// the last one could go on is a preemption; hand-offs after a thread
/// blocks, sleeps or ends are free.

import { type RunResult } from '../engine/run.ts'
import { Tracker, type AccessLog } from '../engine/vm/footprint.ts'
import { AccessHistory, joinClock } from './history.ts'

/// What a step touched: key -> written (see vm/footprint.ts for keys).
export type Footprint = Map<string, boolean>

/// Two steps commute unless they touch the same thing and one writes it.
export function independent(a: Footprint, b: Footprint): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [k, w] of small) {
    const v = large.get(k)
    if (v !== undefined && (v || w)) return false
  }
  return true
}

/// One hand-off: who could run, who ran before, who was chosen.
export interface Node {
  readonly ready: readonly number[]
  readonly last: number
  /// The last thread could have gone on: choosing another is a preemption.
  readonly lastReady: boolean
  /// The last thread has run too long while others waited: it must yield
  /// (a fair switch, as CPython's switch interval forces; not a preemption).
  readonly forced: boolean
  chosen: number
  readonly preemptionsBefore: number
  /// Threads to try here (partial-order reduction fills it after each run).
  readonly backtrack: Set<number>
  /// Threads tried here, and what the step each took from here touched.
  readonly done: Set<number>
  readonly footprints: Map<number, Footprint>
  /// Sleep set: threads whose next step was already explored from an
  /// equivalent state, with that step's footprint. Not tried again here.
  readonly sleep: Map<number, Footprint>
}

/// What one thread ran between two hand-offs.
export interface Transition {
  readonly thread: number
  readonly node: number
  /// Its accesses: [from, to) in the run's access log.
  readonly from: number
  readonly to: number
  /// The user lines it ran: [linesFrom, linesTo) in the tracker's line log.
  readonly linesFrom: number
  readonly linesTo: number
  /// Its trace events: [eventsFrom, eventsTo) in the run's trace.
  readonly eventsFrom: number
  readonly eventsTo: number
}

export interface Execution {
  /// Null when the run was cut short as redundant (every thread that could
  /// run was asleep: an equivalent run was explored before).
  readonly result: RunResult | null
  readonly nodes: Node[]
  readonly transitions: Transition[]
  readonly log: AccessLog
  readonly tracker: Tracker
  /// For each thread ident, the transition in which it was created (-1: main).
  readonly createdIn: Map<number, number>
  readonly preemptions: number
}

/// Runs one schedule: follows `prefix` (a thread ident per hand-off), then
/// lets the last thread go on (fairly) as long as it can.
export type Decide = (ready: number[], last: number, events: number) => number
export type Runner = (decide: Decide, track: (rt: unknown) => Tracker) => RunResult

/// After this many hand-offs in a row won by the same thread while others
/// wait, it yields (otherwise a thread spinning on a flag never lets the
/// thread that would set it run).
const FAIR_LIMIT = 200

/// Thrown to cut a redundant run short (not an Error: no stack to capture).
class Redundant {}

export function execute(run: Runner, prefix: readonly number[], prefixNodes: readonly Node[], output: boolean, sleepSets: boolean): Execution {
  const nodes: Node[] = []
  const transitions: Transition[] = []
  const createdIn = new Map<number, number>()
  let tracker: Tracker | null = null
  let running = 0
  let start = 0
  let lineStart = 0
  let eventStart = 0
  let streak = 0
  let preemptions = 0
  const close = (events: number): void => {
    if (running === 0 || tracker === null) return
    transitions.push({
      thread: running, node: nodes.length - 1, from: start, to: tracker.log.length,
      linesFrom: lineStart, linesTo: tracker.lineLog.length, eventsFrom: eventStart, eventsTo: events,
    })
    const fp: Footprint = new Map()
    const log = tracker.log
    for (let a = start; a < log.length; a++) fp.set(log.keys[a], (fp.get(log.keys[a]) ?? false) || log.writes[a])
    const node = nodes[nodes.length - 1]
    node.footprints.set(node.chosen, fp)
  }
  const decide = (ready: number[], last: number, events: number): number => {
    close(events)
    for (const t of ready) if (t > 0 && !createdIn.has(t)) createdIn.set(t, transitions.length - 1)
    const i = nodes.length
    // whose timed wait ends next (durations as ranges): ready holds their
    // idents negated, `last` the nominal one; every one is tried (within
    // the bound), none sleeps, and nothing sleeps across the wake-up
    const timers = ready[0] < 0
    // the sleep set here: what slept before, and the siblings tried before
    // the step just taken, as long as that step commutes with them
    const sleep = new Map<number, Footprint>()
    if (sleepSets && i > 0 && !timers && !(nodes[i - 1].ready[0] < 0)) {
      const prev = nodes[i - 1]
      const taken = prev.footprints.get(prev.chosen)!
      for (const [t, fp] of prev.sleep) if (t !== prev.chosen && independent(fp, taken)) sleep.set(t, fp)
      for (const t of prev.done) {
        const fp = prev.footprints.get(t)
        if (t !== prev.chosen && fp && independent(fp, taken)) sleep.set(t, fp)
      }
    }
    const lastReady = last !== 0 && ready.includes(last)
    streak = lastReady && !timers ? streak + 1 : 0
    const forced = !timers && lastReady && ready.length > 1 && streak > FAIR_LIMIT
    let chosen: number
    if (i < prefix.length) {
      chosen = prefix[i]
      if (!ready.includes(chosen)) throw new Error(`exploration diverged at hand-off ${i}: thread ${chosen} cannot run`)
    } else {
      const awake = ready.filter((t) => !sleep.has(t))
      if (awake.length === 0) throw new Redundant()
      const runnable = timers ? awake : awake.filter((t) => t > 0)
      if (runnable.length === 0) throw new Redundant()
      if (lastReady && !forced && runnable.includes(last)) chosen = last
      else chosen = runnable.find((t) => t !== last) ?? runnable[0]
    }
    if (chosen !== last) streak = 0
    const preempt = lastReady && !forced && chosen !== last
    const old = prefixNodes[i]
    nodes.push({
      ready: ready.slice(), last, lastReady, forced, chosen, preemptionsBefore: preemptions,
      backtrack: old ? old.backtrack : new Set(timers ? ready : []), done: old ? old.done : new Set([chosen]),
      footprints: old ? old.footprints : new Map(), sleep,
    })
    if (preempt) preemptions++
    running = Math.abs(chosen)
    start = tracker ? tracker.log.length : 0
    lineStart = tracker ? tracker.lineLog.length : 0
    eventStart = events
    return chosen
  }
  let result: RunResult | null = null
  try {
    result = run(decide, (rt) => (tracker = new Tracker(rt as never, output)))
    close(result.trace.length)
  } catch (e) {
    if (!(e instanceof Redundant)) throw e
  }
  return { result, nodes, transitions, log: tracker!.log, tracker: tracker!, createdIn, preemptions }
}

/// Whether choosing `t` at node n is a preemption.
export function isPreemption(n: Node, t: number): boolean {
  return n.lastReady && !n.forced && t !== n.last
}

/// Adds backtrack points for every reversible race of the execution (the
/// FG05 rule, with clock vectors over transitions), plus, for bounded
/// search, the hand-off where the racing thread's run of steps began, so
/// that a preemption placed earlier can still fit the bound (Coons et al.,
/// OOPSLA 2013).
export function addBacktracks(ex: Execution): void {
  const { transitions, nodes, log } = ex
  const clocks: Int32Array[] = []
  const threadClock = new Map<number, Int32Array>()
  const size = threadSpan(ex)
  const history = new AccessHistory<number>()
  for (let j = 0; j < transitions.length; j++) {
    const tj = transitions[j]
    const p = tj.thread
    let pre = threadClock.get(p)
    if (!pre) {
      const creator = ex.createdIn.get(p) ?? -1
      pre = creator >= 0 && clocks[creator] ? clocks[creator].slice() : new Int32Array(size).fill(-1)
    }
    const cv = pre.slice()
    const race = (i: number): void => {
      const ti = transitions[i]
      if (ti.thread === p) return
      if (pre![ti.thread] < i) addBacktrack(nodes, ti.node, p)
      joinClock(cv, clocks[i])
    }
    // check every access of the step before recording any: a step does not race itself
    for (let a = tj.from; a < tj.to; a++) history.conflicts(log.keys[a], log.writes[a], race)
    for (let a = tj.from; a < tj.to; a++) history.record(log.keys[a], p, log.writes[a], j)
    cv[p] = j
    clocks[j] = cv
    threadClock.set(p, cv)
  }
}

function addBacktrack(nodes: Node[], at: number, p: number): void {
  const add = (n: Node): void => {
    if (n.ready.includes(p)) n.backtrack.add(p)
    else for (const t of n.ready) n.backtrack.add(t)
  }
  add(nodes[at])
  // the start of the run of hand-offs the thread at `at` won in a row
  const q = nodes[at].chosen
  let s = at
  while (s > 0 && nodes[s - 1].chosen === q && nodes[s].last === q) s--
  if (s !== at) add(nodes[s])
}

/// One more than the largest thread ident in the execution.
export function threadSpan(ex: Execution): number {
  let max = 1
  for (const t of ex.transitions) if (t.thread > max) max = t.thread
  for (const t of ex.createdIn.keys()) if (t > max) max = t
  return max + 1
}
