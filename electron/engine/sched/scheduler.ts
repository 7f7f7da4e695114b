/// The controlled scheduler: runs every Python thread of a program on this
/// one JS thread, handing the GIL over at CPython 3.11's switch points
/// (function entry, loop back-edges, blocking calls) when a seeded slice of
/// steps runs out, with virtual time: sleeps and timeouts advance a clock
/// when no thread can run. The same seed gives the same run, every time.

import { Kind, Root } from '../vm/heap.ts'
import * as L from '../vm/layout.ts'
import { Thread, ThreadState, Frame, FrameAction } from '../vm/layout.ts'
import { type Runtime } from '../vm/runtime.ts'
import { type Value, None, UNBOUND, addrOf, mkRef } from '../vm/value.ts'
import { Interp, Status, KitchenStop, type InterpHost } from '../vm/interp.ts'
import { type TraceEvent } from '../trace.ts'
import { pyId } from '../vm/builtins.ts'
import { Rng } from './rng.ts'
import { Zone, type Durations } from './zone.ts'

export interface SchedulerOptions {
  readonly seed: number
  readonly maxSteps: number
  /// 'virtual': sleeps take no time; 'real': the kitchen clock is the wall clock.
  readonly time: 'virtual' | 'real'
  /// Steps in a GIL slice are drawn from [min, max].
  readonly slice: readonly [number, number]
  readonly trace: boolean
  /// A wall-clock limit in seconds (real time), or 0 for none.
  readonly timeout: number
  /// Replay: follow this recording instead of the seed's choices.
  readonly follow?: Recording
  /// Where the GIL may change hands (see InterpHost.switchPoints).
  readonly switchPoints?: 'cpython' | 'language'
  /// Exploration (the inspector): at every hand-off, choose who runs next.
  /// Gets the idents of the threads that may run, in line order, and the
  /// ident of the thread that ran last, and the trace's length so far;
  /// returns one of the first.
  readonly decide?: (runnable: number[], last: number, events: number) => number
  /// Exploration: durations as ranges (zone.ts). When every thread waits,
  /// `decide` chooses whose timed wait ends next among those some lengths in
  /// the ranges allow: it gets their idents negated, the nominal one as
  /// `last` (choosing another is a deviation, counted as a preemption).
  readonly durations?: Durations
}

/// What decided a run's interleaving: the thread given the GIL at each
/// hand-off (by ident), and each slice length drawn. Replaying it gives the
/// same run.
export interface Recording {
  readonly picks: number[]
  readonly slices: number[]
  /// Free runs on real threads: the step count (switch points passed) at
  /// each hand-off, beside `picks` (for readers; replay needs only slices).
  readonly steps?: number[]
  /// Free runs on real threads (see docs/real-threads.md) also record every
  /// clock reading, in order (replayed instead of the clock) ...
  readonly times?: number[]
  /// ... and when a timed wait ran out: [0, slice index, ident] (the thread
  /// became runnable at that slice draw) or [1, pick index, ident] (at that hand-off).
  readonly timeouts?: number[][]
  /// Runs with durations as ranges (the inspector's counterexamples): how
  /// long each timed wait (sleep, cooking action, timeout) lasts, in the
  /// order they began, instead of what the program asked.
  readonly durations?: number[]
}

/// The run left its recording: a replay of a file that does not match its program.
export class Divergence extends Error {}

export class Scheduler implements InterpHost {
  readonly events: TraceEvent[] = []
  /// Kitchen time in seconds.
  now = 0
  /// Threads waiting for the GIL, first come first served (as CPython's GIL
  /// hands over, roughly); the running thread is not in it.
  private readonly queue: number[] = []
  /// The decisions of this run, in order (see Recording).
  readonly recording: Recording
  private followPick = 0
  private followSlice = 0
  private followTime = 0
  private readonly rng: Rng
  private readonly startWall = Date.now()
  interp!: Interp
  importModule: (name: string) => Value = () => None
  collectGarbage: () => void = () => {}

  /// Durations as ranges (exploration only), else null.
  readonly zone: Zone | null

  constructor(readonly rt: Runtime, readonly options: SchedulerOptions) {
    this.rng = new Rng(options.seed)
    // a replay with durations is made by them as much as by its picks
    this.recording = options.follow?.durations ? { picks: [], slices: [], durations: options.follow.durations.slice() } : { picks: [], slices: [] }
    this.zone = options.durations && options.decide ? new Zone(options.durations) : null
  }

  get maxSteps(): number {
    return this.options.maxSteps
  }

  get switchPoints(): 'cpython' | 'language' {
    return this.options.switchPoints ?? 'cpython'
  }

  // ------------------------------------------------------------------ threads

  threads(): number[] {
    return this.rt.listItems(this.rt.f[Root.THREADS]).map(addrOf)
  }

  /// A new thread whose bottom frame is `frame`.
  newThread(frame: number, daemon: boolean): number {
    const rt = this.rt
    const t = rt.heap.alloc(Kind.THREAD, Thread.SIZE)
    const f = rt.f
    const ident = f[Root.NEXT_IDENT]
    f[Root.NEXT_IDENT] = ident + 1
    f[t + Thread.IDENT] = ident
    f[t + Thread.FRAME] = frame
    f[t + Thread.STATE] = ThreadState.RUNNABLE
    f[t + Thread.DEADLINE] = 0
    f[t + Thread.EXC_INFO] = None
    f[t + Thread.NAME] = None
    f[t + Thread.DAEMON] = daemon ? 1 : 0
    f[t + Thread.WAIT_ON] = 0
    f[t + Thread.WAKE] = 0
    f[t + Thread.DEPTH] = 0
    if (frame) f[frame + Frame.ACTION] = FrameAction.THREAD
    rt.listAppend(f[Root.THREADS], mkRef(t))
    this.queue.push(t)
    return t
  }

  ident(thread: number): number {
    return this.rt.f[thread + Thread.IDENT]
  }

  current(): number {
    return this.interp.thread
  }

  threadName(thread: number): string {
    const n = this.rt.f[thread + Thread.NAME]
    if (n !== None && this.rt.isStr(n)) return this.rt.str(n)
    return this.ident(thread) === 1 ? 'MainThread' : `Thread-${this.ident(thread) - 1}`
  }

  /// Puts a thread in line for the GIL.
  makeRunnable(t: number): void {
    this.rt.f[t + Thread.STATE] = ThreadState.RUNNABLE
    if (!this.queue.includes(t)) this.queue.push(t)
  }

  /// Makes every thread waiting on obj (a lock address) runnable again, to
  /// retry. A woken thread asks for the GIL at once, so (as in CPython) the
  /// releasing thread gives it up at its next switch point.
  wakeWaiters(obj: number): void {
    const f = this.rt.f
    let woke = false
    for (const t of this.threads()) {
      if (f[t + Thread.STATE] === ThreadState.BLOCKED && f[t + Thread.WAIT_ON] === obj) {
        this.makeRunnable(t)
        woke = true
      }
    }
    if (woke) this.interp.budget = 0
  }

  /// Parks the current thread until woken or until `deadline` (kitchen
  /// seconds; Infinity for none). The blocked call runs again when it resumes.
  park(state: ThreadState, waitOn: number, deadline: number): void {
    const f = this.rt.f
    const t = this.current()
    // a timed wait that begins (a retry keeps the deadline it has)
    if (deadline !== Infinity && f[t + Thread.DEADLINE] === 0) deadline = this.timedWait(t, state, deadline)
    f[t + Thread.STATE] = state
    f[t + Thread.WAIT_ON] = waitOn
    f[t + Thread.DEADLINE] = deadline
  }

  /// Counts timed waits in the heap (so the count travels with the GIL
  /// between workers); a replay with durations takes each one's length from
  /// the recording, an exploration with ranges tells the zone.
  private timedWait(t: number, state: ThreadState, deadline: number): number {
    const f = this.rt.f
    const k = f[Root.TIMED_WAITS]
    f[Root.TIMED_WAITS] = k + 1
    const lengths = this.options.follow?.durations
    if (lengths) {
      if (k >= lengths.length) throw new Divergence(`the run has more timed waits than the recording's ${lengths.length} durations`)
      return this.now + lengths[k]
    }
    this.zone?.start(k, f[t + Thread.IDENT], deadline - this.now, state === ThreadState.SLEEPING, this.zone && this.interp.userLocation().line)
    return deadline
  }

  // ------------------------------------------------------------------ trace

  /// `line`: where it happened when the caller knows better than the frame
  /// (the frame's saved position lags inside the running instruction loop).
  emit(kind: string, obj: Value | null, detail?: unknown, line?: number): void {
    if (!this.options.trace) return
    const t = this.current()
    const loc = line === undefined ? this.interp.userLocation() : { line }
    this.events.push({
      seq: this.events.length,
      thread: t ? this.ident(t) : 0,
      time: this.now,
      kind,
      obj: obj === null ? null : pyId(obj),
      line: loc.line,
      ...(detail === undefined ? {} : { detail }),
    })
  }

  // ------------------------------------------------------------------ time

  clock(): number {
    const times = this.options.follow?.times
    if (times) {
      if (this.followTime >= times.length) throw new Divergence(`the run reads the clock more often than the recording's ${times.length} times`)
      this.now = times[this.followTime++]
      return this.now
    }
    if (this.options.time === 'real') this.now = (Date.now() - this.startWall) / 1000
    return this.now
  }

  private sleepWall(seconds: number): void {
    if (seconds <= 0) return
    const cell = new Int32Array(new SharedArrayBuffer(4))
    Atomics.wait(cell, 0, 0, Math.min(seconds, 3600) * 1000)
  }

  // ------------------------------------------------------------------ the GIL

  /// The next slice length: drawn from the seed, or read from the recording.
  private nextSlice(): number {
    const follow = this.options.follow
    let n: number
    if (follow) {
      if (this.followSlice >= follow.slices.length) throw new Divergence(`the run needs more slices than the recording has (${follow.slices.length})`)
      this.timedOut(0, this.followSlice)
      n = follow.slices[this.followSlice++]
    } else {
      n = this.rng.between(this.options.slice[0], this.options.slice[1])
    }
    this.recording.slices.push(n)
    return n
  }

  onSwitchPoint(): boolean {
    this.interp.budget = this.nextSlice()
    const f = this.rt.f
    return this.queue.some((t) => f[t + Thread.STATE] === ThreadState.RUNNABLE)
  }

  /// Picks the next thread to hold the GIL, advancing time if all wait.
  /// Returns 0 when every thread is done, -1 on a deadlock.
  private pick(last: number): number {
    const f = this.rt.f
    for (;;) {
      const decide = this.options.decide
      if (decide) {
        const ready = this.queue.filter((t) => f[t + Thread.STATE] === ThreadState.RUNNABLE)
        if (ready.length > 0) {
          const want = decide(ready.map((t) => f[t + Thread.IDENT]), last ? f[last + Thread.IDENT] : 0, this.events.length)
          const t = ready.find((r) => f[r + Thread.IDENT] === want) ?? ready[0]
          this.queue.splice(this.queue.indexOf(t), 1)
          this.recording.picks.push(f[t + Thread.IDENT])
          return t
        }
      }
      const follow = this.options.follow
      if (follow) this.timedOut(1, this.followPick)
      if (follow && this.queue.some((t) => f[t + Thread.STATE] === ThreadState.RUNNABLE)) {
        // replay: the recording names the thread
        if (this.followPick >= follow.picks.length) throw new Divergence(`the run goes on past the recording's ${follow.picks.length} hand-offs`)
        const want = follow.picks[this.followPick++]
        const i = this.queue.findIndex((t) => f[t + Thread.IDENT] === want && f[t + Thread.STATE] === ThreadState.RUNNABLE)
        if (i < 0) throw new Divergence(`at hand-off ${this.followPick} the recording names thread ${want}, which cannot run`)
        const t = this.queue.splice(i, 1)[0]
        this.recording.picks.push(want)
        return t
      }
      while (this.queue.length > 0) {
        const t = this.queue.shift()!
        if (f[t + Thread.STATE] === ThreadState.RUNNABLE) {
          this.recording.picks.push(f[t + Thread.IDENT])
          return t
        }
      }
      const all = this.threads()
      const waiting = all.filter((t) => f[t + Thread.STATE] === ThreadState.BLOCKED || f[t + Thread.STATE] === ThreadState.SLEEPING)
      if (waiting.length === 0) return 0
      const live = waiting.filter((t) => !f[t + Thread.DAEMON])
      if (live.length === 0 && this.mainDone) return 0
      if (this.zone) {
        const woken = this.wakeOne(waiting)
        if (woken === 0) return -1
        if (woken > 0) {
          // chosen at a decision: it runs now, its turn is that decision's
          this.queue.splice(this.queue.indexOf(woken), 1)
          this.recording.picks.push(f[woken + Thread.IDENT])
          return woken
        }
        last = 0
        continue
      }
      let next = Infinity
      for (const t of waiting) next = Math.min(next, f[t + Thread.DEADLINE])
      if (next === Infinity) return -1
      // a free run's replay: time moves only by the recorded readings
      if (follow?.times) throw new Divergence(`after hand-off ${this.followPick} every thread waits, but the recording wakes none`)
      if (this.options.time === 'real') this.sleepWall(next - this.clock())
      this.now = Math.max(this.now, next)
      if (this.options.timeout > 0 && (Date.now() - this.startWall) / 1000 > this.options.timeout) {
        throw new KitchenStop(`KitchenError: the program ran longer than ${this.options.timeout} s (raise the limit with --timeout)`, 1)
      }
      const due = waiting.filter((t) => f[t + Thread.DEADLINE] <= this.now)
      due.sort((a, b) => f[a + Thread.DEADLINE] - f[b + Thread.DEADLINE] || f[a + Thread.IDENT] - f[b + Thread.IDENT])
      for (const t of due) this.makeRunnable(t)
      // every thread waited: whoever goes next, nobody was preempted
      last = 0
    }
  }

  /// Durations as ranges: ends the timed wait that `decide` chooses among
  /// those that can end next. Returns 0 when no thread waits with a
  /// timeout, the woken thread when `decide` chose it, else -1.
  private wakeOne(waiting: number[]): number {
    const f = this.rt.f
    const zone = this.zone!
    const timed = waiting.filter((t) => f[t + Thread.DEADLINE] > 0 && f[t + Thread.DEADLINE] !== Infinity)
    const idents = timed.map((t) => f[t + Thread.IDENT])
    const can = zone.candidates(idents)
    if (can.length === 0) return 0
    let ident = can[0]
    const chose = can.length > 1
    if (chose) {
      const want = -this.options.decide!(can.map((i) => -i), -can[0], this.events.length)
      if (can.includes(want)) ident = want
    }
    this.now = Math.max(this.now, zone.fire(ident, idents))
    const t = timed[idents.indexOf(ident)]
    // the waiting call sees its deadline passed when it runs again
    f[t + Thread.DEADLINE] = -1
    this.makeRunnable(t)
    return chose ? t : -1
  }

  mainDone = false
  private timeoutIndex: Map<number, number[]> | null = null

  /// Replaying a free run: the timed waits that ran out at this slice draw
  /// (kind 0) or hand-off (kind 1) make their threads runnable.
  private timedOut(kind: number, index: number): void {
    const list = this.options.follow?.timeouts
    if (!list || list.length === 0) return
    if (!this.timeoutIndex) {
      this.timeoutIndex = new Map()
      for (const [k, i, ident] of list) {
        const key = k * 2 ** 32 + i
        this.timeoutIndex.set(key, [...(this.timeoutIndex.get(key) ?? []), ident])
      }
    }
    const f = this.rt.f
    for (const ident of this.timeoutIndex.get(kind * 2 ** 32 + index) ?? []) {
      const t = this.threads().find((x) => f[x + Thread.IDENT] === ident && f[x + Thread.STATE] !== ThreadState.DONE)
      if (t === undefined) throw new Divergence(`the recording times out thread ${ident}, which is not waiting`)
      this.makeRunnable(t)
    }
  }

  /// Runs threads until the program ends. `onThreadEnd` decides what the
  /// end of a thread's bottom frame means (the main thread runs shutdown).
  runAll(onThreadEnd: (thread: number, status: Status) => boolean): 'done' | 'deadlock' {
    const f = this.rt.f
    let prev = 0
    this.interp.budget = this.nextSlice()
    for (;;) {
      const t = this.pick(prev)
      if (t === 0) return 'done'
      if (t === -1) return 'deadlock'
      if (t !== prev && prev !== 0) this.emitFor(t, 'switch', null, this.ident(t))
      this.interp.thread = t
      if (this.interp.budget <= 0) this.interp.budget = this.nextSlice()
      const status = this.interp.execute()
      prev = t
      if (status === Status.DONE || status === Status.UNCAUGHT) {
        if (onThreadEnd(t, status)) return 'done'
      } else if (status === Status.SWITCH) {
        this.interp.thread = 0
        this.makeRunnable(t)
      }
    }
  }

  private emitFor(thread: number, kind: string, obj: Value | null, detail: unknown): void {
    const saved = this.interp.thread
    this.interp.thread = thread
    this.emit(kind, obj, detail)
    this.interp.thread = saved
  }

  /// The threads that wait forever, for the deadlock report.
  blockedThreads(): number[] {
    const f = this.rt.f
    return this.threads().filter((t) => f[t + Thread.STATE] === ThreadState.BLOCKED)
  }
}

export { UNBOUND, L }
