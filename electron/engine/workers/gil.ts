/// The scheduler of a thread running on a worker, with the GIL in shared
/// memory. Controlled mode is the single-thread Scheduler itself: its state
/// (queue, generator, counters, kitchen time) travels with the GIL, so the
/// same decisions are made in the same order whichever worker makes them.
///
/// Free mode lets the operating system decide: a thread that wants the GIL
/// waits on the GIL word; after the switch interval it asks the holder to
/// drop it, and the holder does at its next switch point. Everything that
/// made the run what it was is recorded in the Scheduler's Recording format
/// so that the controlled scheduler (on one thread or on workers) replays
/// it: who took the GIL at each hand-off, the slice lengths the recorded
/// switches imply, every clock reading, and which timed waits ran out when.
///
/// How slices are recorded: the single-thread scheduler draws a slice of n
/// switch points and calls onSwitchPoint when it is spent (or at once after
/// waking a waiter, or at sleep(0)). A free run keeps the same budget
/// machinery but learns a slice's length only when it ends: it counts the
/// decrements since the slice began (`dec`) and, when it decides to switch,
/// records that count as the slice that ended there.

import { Scheduler, type SchedulerOptions } from '../sched/scheduler.ts'
import { type Runtime } from '../vm/runtime.ts'
import { Thread, ThreadState } from '../vm/layout.ts'
import { KitchenStop } from '../vm/interp.ts'
import { Root } from '../vm/heap.ts'
import { addrOf } from '../vm/value.ts'
import { W, F } from './control.ts'
import { type World, getRng, setRng } from './world.ts'

// the engine core has no Node or DOM types; every JS host has these
declare const performance: { now(): number; readonly timeOrigin: number }

/// The private parts of Scheduler that travel with the GIL.
interface SchedPrivate {
  queue: number[]
  followPick: number
  followSlice: number
  followTime: number
  rng: import('../sched/rng.ts').Rng
  startWall: number
}

export class GilScheduler extends Scheduler {
  /// Free mode: clock readings by run-wide index (sparse, flushed).
  readonly times: number[] = []
  readonly free: boolean
  /// Free mode: decrements since the current slice began; whether a waiter
  /// was woken (the single scheduler zeroes the budget then) and `dec` then;
  /// what the budget was last set to.
  private dec = 0
  private forced = false
  private forcedDec = 0
  private base = 1
  /// Set when a native asked to yield (sleep(0)): that call always draws.
  private yieldAsked = false
  private runStart = 0
  /// The thread that held the GIL last (free mode emits `switch` as runAll does).
  private lastThread = 0
  /// Free mode: threads made runnable, to wake when the GIL is dropped.
  readonly pendingWakes: number[] = []

  constructor(rt: Runtime, options: SchedulerOptions, readonly world: World) {
    super(rt, options)
    this.free = world.cfg.mode === 'free'
  }

  private get p(): SchedPrivate {
    return this as unknown as SchedPrivate
  }

  /// Watches interp.yieldRequested (free mode must tell a yield from a spent budget).
  hookInterp(): void {
    if (!this.free) return
    let v = false
    Object.defineProperty(this.interp, 'yieldRequested', {
      get: () => v,
      set: (x: boolean) => { v = x; if (x) this.yieldAsked = true },
    })
  }

  // ------------------------------------------------------------------ baton

  /// Run-wide indexes where this worker's share of the sparse arrays begins.
  readonly from = { events: 0, picks: 0, slices: 0, times: 0 }

  /// Unflushed items stay where they are: the next load must not move `from` past them.
  private kept = false

  keepFrom(): void {
    this.kept = true
  }

  load(cf: Float64Array): void {
    const p = this.p
    if (!this.kept) {
      this.from.events = cf[F.SEQ]
      this.from.picks = cf[F.PICKS]
      // a free run closes the slice opened before it took the GIL
      this.from.slices = Math.max(0, cf[F.SLICES] - 1)
      this.from.times = cf[F.TIMES]
    }
    this.kept = false
    this.now = cf[F.NOW]
    this.events.length = cf[F.SEQ]
    this.recording.picks.length = cf[F.PICKS]
    this.recording.slices.length = cf[F.SLICES]
    this.times.length = cf[F.TIMES]
    p.followPick = cf[F.FOLLOW_PICK]
    p.followSlice = cf[F.FOLLOW_SLICE]
    p.followTime = cf[F.FOLLOW_TIME]
    setRng(p.rng, cf, F.SRNG_A)
    this.mainDone = cf[F.MAIN_DONE] === 1
    this.dec = cf[F.DEC]
    this.forced = cf[F.FORCED] === 1
    this.forcedDec = cf[F.FORCED_DEC]
    this.base = cf[F.BASE]
    this.lastThread = cf[F.LAST_THREAD]
    this.runStart = cf[F.RUN_START]
    p.startWall = this.runStart
    const n = cf[F.QUEUE]
    p.queue.length = 0
    for (let k = 0; k < n; k++) p.queue.push(cf[F.QUEUE + 1 + k])
  }

  save(cf: Float64Array): void {
    const p = this.p
    if (this.free) this.absorb()
    cf[F.NOW] = this.now
    cf[F.SEQ] = this.events.length
    cf[F.PICKS] = this.recording.picks.length
    cf[F.SLICES] = this.recording.slices.length
    cf[F.TIMES] = this.times.length
    cf[F.FOLLOW_PICK] = p.followPick
    cf[F.FOLLOW_SLICE] = p.followSlice
    cf[F.FOLLOW_TIME] = p.followTime
    getRng(p.rng, cf, F.SRNG_A)
    cf[F.MAIN_DONE] = this.mainDone ? 1 : 0
    cf[F.DEC] = this.dec
    cf[F.FORCED] = this.forced ? 1 : 0
    cf[F.FORCED_DEC] = this.forcedDec
    cf[F.BASE] = this.base
    cf[F.LAST_THREAD] = this.lastThread
    if (p.queue.length > F.MAX_QUEUE) throw new Error('run queue overflow')
    cf[F.QUEUE] = p.queue.length
    for (let k = 0; k < p.queue.length; k++) cf[F.QUEUE + 1 + k] = p.queue[k]
  }

  /// Run start (the creator, before the first pick): the first slice.
  begin(cf: Float64Array, runStart: number): void {
    this.runStart = runStart
    this.p.startWall = runStart
    cf[F.RUN_START] = runStart
    this.base = 1
    if (this.free) {
      this.interp.budget = 1
    } else {
      this.interp.budget = this.drawSlice()
    }
  }

  drawSlice(): number {
    return (this as unknown as { nextSlice(): number }).nextSlice()
  }

  pickNext(): number {
    return (this as unknown as { pick(): number }).pick()
  }

  // ------------------------------------------------------------------ threads

  newThread(frame: number, daemon: boolean): number {
    const started = this.world.mainThread !== 0
    if (started) this.world.checkIdent()
    const t = super.newThread(frame, daemon)
    if (started) this.world.spawned.push([t, this.ident(t)])
    return t
  }

  wakeWaiters(obj: number): void {
    if (!this.free) {
      super.wakeWaiters(obj)
      return
    }
    const f = this.rt.f
    let woke = false
    for (const t of this.threads()) {
      if (f[t + Thread.STATE] === ThreadState.BLOCKED && f[t + Thread.WAIT_ON] === obj) {
        this.makeRunnable(t)
        // woken when this thread drops the GIL: waking it now would only
        // make it wait for the GIL again (two OS wake-ups instead of one)
        this.pendingWakes.push(f[t + Thread.IDENT])
        woke = true
      }
    }
    if (woke) this.force()
  }

  // ------------------------------------------------------------------ time

  /// Kitchen seconds since the run began, from the wall clock (not recorded).
  realNow(): number {
    return (performance.timeOrigin + performance.now() - this.runStart) / 1000 * this.world.cfg.speed
  }

  clock(): number {
    if (!this.free) return super.clock()
    const t = Math.max(this.now, this.realNow())
    this.times.push(t)
    this.now = t
    return t
  }

  // ------------------------------------------------------------------ switching

  private cancelled(): void {
    const c = Atomics.load(this.world.ctl.i, W.CANCEL)
    if (c === 1) throw new KitchenStop('KitchenError: the run was cancelled', 130)
    if (c === 2) throw new KitchenStop(`KitchenError: the program ran longer than its time limit (raise it with --timeout)`, 1)
  }

  onSwitchPoint(): boolean {
    this.cancelled()
    if (!this.free) return super.onSwitchPoint()
    const interp = this.interp
    const b = interp.budget
    this.dec += this.base - b
    const yielded = this.yieldAsked
    this.yieldAsked = false
    let value: number
    if (this.forced) value = this.forcedDec + 1
    else if (yielded) value = this.dec + (b > 0 ? 1 : 0)
    else if (Atomics.load(this.world.ctl.i, W.DROP) !== 0) value = this.dec
    else {
      this.base = 1
      interp.budget = 1
      return false
    }
    this.closeSlice(value)
    this.collectTimedOut(0, this.recording.slices.length - 1)
    const f = this.rt.f
    const me = this.current()
    const other = this.threads().some((t) => t !== me && f[t + Thread.STATE] === ThreadState.RUNNABLE)
    if (other) Atomics.store(this.world.ctl.i, W.DROP, 0)
    return other
  }

  /// Ends the current slice with length `value` and starts the next one.
  private closeSlice(value: number): void {
    const s = this.recording.slices
    s[s.length - 1] = value
    s.push(0)
    this.dec = 0
    this.forced = false
    this.base = 1
    this.interp.budget = 1
  }

  /// The single scheduler zeroes the budget when a waiter wakes.
  private force(): void {
    this.absorb()
    if (!this.forced) {
      this.forced = true
      this.forcedDec = this.dec
    }
    this.base = 0
    this.interp.budget = 0
  }

  /// Counts the decrements since the budget was last set.
  private absorb(): void {
    this.dec += this.base - this.interp.budget
    this.interp.budget = this.base
  }

  /// Free mode, after taking the GIL: the hand-off is a pick.
  onAcquired(t: number): void {
    const f = this.rt.f
    const ident = f[t + Thread.IDENT]
    const index = this.recording.picks.length
    if (Atomics.exchange(this.world.ctl.i, W.TIMED + ident, 0) === 1) {
      const st = f[t + Thread.STATE]
      if (st === ThreadState.BLOCKED || st === ThreadState.SLEEPING) {
        this.makeRunnable(t)
        this.world.timeouts.push([1, index, ident])
      }
    }
    this.recording.picks.push(ident)
    if (this.lastThread !== 0 && this.lastThread !== t) {
      this.interp.thread = t
      this.emit('switch', null, ident)
    }
    this.lastThread = t
    // the single scheduler draws at a pick when the budget is spent
    if (this.forced) this.closeSlice(this.forcedDec + 1)
    else this.interp.budget = this.base
    this.takeFromQueue(t)
  }

  private takeFromQueue(t: number): void {
    const q = this.p.queue
    const k = q.indexOf(t)
    if (k >= 0) q.splice(k, 1)
  }

  /// Threads whose timed wait ran out and that want the GIL become runnable now.
  private collectTimedOut(kind: number, index: number): void {
    const f = this.rt.f
    const ci = this.world.ctl.i
    for (const t of this.threads()) {
      const ident = f[t + Thread.IDENT]
      if (ci[W.TIMED + ident] === 0) continue
      if (Atomics.exchange(ci, W.TIMED + ident, 0) !== 1) continue
      const st = f[t + Thread.STATE]
      if (st === ThreadState.BLOCKED || st === ThreadState.SLEEPING) {
        this.makeRunnable(t)
        this.world.timeouts.push([kind, index, ident])
      }
    }
  }

  /// Free mode, when a thread blocks or ends: does the run end here?
  endCheck(): 'done' | 'deadlock' | null {
    const f = this.rt.f
    const all = this.threads()
    if (all.some((t) => f[t + Thread.STATE] === ThreadState.RUNNABLE)) return null
    const waiting = all.filter((t) => f[t + Thread.STATE] === ThreadState.BLOCKED || f[t + Thread.STATE] === ThreadState.SLEEPING)
    if (waiting.length === 0) return 'done'
    if (waiting.every((t) => f[t + Thread.DAEMON]) && this.mainDone) return 'done'
    if (waiting.every((t) => f[t + Thread.DEADLINE] === Infinity)) return 'deadlock'
    return null
  }

  /// The last slice of a free run never ended: any length past its count will do.
  finishRecording(): void {
    if (!this.free) return
    this.absorb()
    const s = this.recording.slices
    s[s.length - 1] = (this.forced ? this.forcedDec : this.dec) + 1
  }

  /// Free mode: open the first slice (called once by the creator).
  openFirstSlice(): void {
    this.recording.slices.push(0)
  }

  threadsList(): number[] {
    return this.rt.listItems(this.rt.f[Root.THREADS]).map(addrOf)
  }
}
