/// One worker's view of a run on real threads: its Runtime and Interp over
/// the shared heap, its native tables (registered in the same order as
/// every other worker's), the code objects it has compiled, and the
/// scheduler state it carries while it holds the GIL (see control.ts).
/// Everything here runs only while this worker holds the GIL.
///
/// The setup mirrors run.ts (runKitchen) step for step, allocation for
/// allocation: the world's creator allocates exactly what a single-thread
/// run allocates, and every other worker allocates nothing while attaching
/// (it reads the shared constants from the control block instead), so
/// object ids, and with them traces, are the same on one thread and on many.

import { PySyntaxError } from '../front/syntax-error.ts'
import { compileCached, compileLibrary, LIBRARY_MODULES } from '../compile/cache.ts'
import { type CodeObject } from '../compile/chunk.ts'
import { Heap, Root, HeapExhausted } from '../vm/heap.ts'
import * as L from '../vm/layout.ts'
import { Frame, FrameAction, Thread, ThreadState } from '../vm/layout.ts'
import { Runtime, PyError } from '../vm/runtime.ts'
import { T } from '../vm/types.ts'
import { type Value, None, UNBOUND, addrOf, TAG_INT, TAG_NATIVE } from '../vm/value.ts'
import { registerNatives, createWorld, attachWorld, newModule } from '../vm/bootstrap.ts'
import { registerModuleCode, type CodeInfo, type ConstStore } from '../vm/code.ts'
import { Interp, Status, KitchenStop } from '../vm/interp.ts'
import { collect } from '../vm/gc.ts'
import { dictGetName, dictSetName } from '../vm/dict.ts'
import { formatException, exceptionLine, raisedAtLine } from '../vm/traceback.ts'
import { str } from '../vm/protocol.ts'
import { Divergence, type Recording } from '../sched/scheduler.ts'
import { Rng } from '../sched/rng.ts'
import { threadModules, lockMethods, type NativeModule } from '../modules/threadprims.ts'
import { stdlibModules } from '../modules/stdlib.ts'
import { type TraceEvent } from '../trace.ts'
import { Control, W, F, MAX_IDENTS } from './control.ts'
import { GilScheduler } from './gil.ts'

export const EXIT_DEADLOCK = 3
export const EXIT_DIVERGED = 4
/// Exit code of a run stopped from outside (as a shell reports SIGINT).
export const EXIT_CANCELLED = 130

/// What every worker of a run is told (plain data, sent by the host).
export interface RunConfig {
  readonly runId: number
  readonly source: string
  readonly filename: string
  readonly seed: number
  readonly maxSteps: number
  /// 'free': the operating system decides who gets the GIL, real time.
  /// 'controlled': the seeded (or followed) schedule decides, as on one thread.
  readonly mode: 'free' | 'controlled'
  readonly time: 'virtual' | 'real'
  readonly slice: readonly [number, number]
  readonly switchPoints: 'cpython' | 'language'
  readonly trace: boolean
  readonly follow?: Recording
  /// Free mode: kitchen seconds per wall second.
  readonly speed: number
  /// Free mode: how long a waiter waits before asking the holder to drop the GIL (ms).
  readonly switchIntervalMs: number
  readonly heapMegabytes: number
  /// Threads alive at once (the pool's limit).
  readonly maxWorkers: number
  /// The kitchen's Python library modules by name (threading, queue, sys).
  readonly library: Record<string, string>
}

/// What a worker sends the host at each hand-off: its part of the trace,
/// output and recording, each item with its run-wide index.
export interface Flush {
  events: TraceEvent[]
  out: [number, string, boolean][]
  picks: [number, number][]
  steps: [number, number][]
  slices: [number, number][]
  times: [number, number][]
  timeouts: number[][]
}

const PYTHON_LIBRARY = new Set(LIBRARY_MODULES)

export class World {
  readonly rt: Runtime
  readonly interp: Interp
  readonly sched: GilScheduler
  readonly infos: CodeInfo[] = []
  readonly ctl: Control
  private readonly nativeModules: NativeModule[]
  private readonly pinned: Value[]
  private served: Value = UNBOUND
  private rng: Rng
  private modsLoaded = 0
  private constCursor = 0
  private typeEpochSeen = 0
  private typeVersionAtAcquire = 0
  out: [number, string, boolean][] = []
  timeouts: number[][] = []
  /// Set when this worker's thread asked for a new thread: (addr, ident).
  spawned: [number, number][] = []
  /// This world ended the run; the host gets this summary.
  endResult: { exitCode: number; steps: number; time: number } | null = null

  constructor(readonly cfg: RunConfig, heapBuf: SharedArrayBuffer, ctlBuf: SharedArrayBuffer, creator: boolean) {
    this.ctl = new Control(ctlBuf)
    const heap = new Heap(heapBuf, false)
    const rt = this.rt = new Runtime(heap)
    const cf = this.ctl.f
    this.sched = new GilScheduler(rt, {
      seed: cfg.seed, maxSteps: cfg.maxSteps, time: cfg.time, slice: cfg.slice, trace: cfg.trace, timeout: 0,
      follow: cfg.follow, switchPoints: cfg.switchPoints,
    }, this)
    const write = (text: string, toStderr: boolean): void => {
      this.out.push([cf[F.OUT_SEQ]++, text, toStderr])
    }
    const bumpBefore = heap.f64[Root.BUMP]
    const tables = registerNatives(rt, (text, toStderr) => {
      write(text, toStderr)
      this.sched.emit('print', null, text)
    })
    tables.methods.set(T.lock, lockMethods(rt))
    this.rng = new Rng(cfg.seed ^ 0x5eed)
    // native modules' constants: allocated by the creator, read by the others
    const realNewFloat = rt.newFloat
    if (!creator) rt.newFloat = () => None
    this.nativeModules = [
      ...threadModules(rt, () => 1_700_000_000),
      ...stdlibModules(rt, () => this.rng, (n) => { this.rng = new Rng(n) }, () => this.served),
    ]
    rt.newFloat = realNewFloat
    let pin = 0
    for (const m of this.nativeModules) {
      for (const [k, v] of m.members) {
        if ((v & 7) === TAG_NATIVE) continue
        if (creator) cf[F.PINS + pin++] = v
        else m.members.set(k, cf[F.PINS + pin++])
      }
    }
    if (creator) {
      createWorld(rt, tables)
      attachWorld(rt, tables)
      this.served = rt.newList([])
      cf[F.PINS + pin] = this.served
    } else {
      attachWorld(rt, tables)
      this.served = cf[F.PINS + pin]
      if (heap.f64[Root.BUMP] !== bumpBefore) throw new Error('a worker allocated while attaching to the heap')
    }
    rt.host = {
      clock: () => this.sched.clock(),
      current: () => this.sched.current(),
      ident: (t) => this.sched.ident(t),
      park: (state, waitOn, deadline) => this.sched.park(state, waitOn, deadline),
      wakeWaiters: (obj) => this.sched.wakeWaiters(obj),
      emit: (kind, obj, detail, line) => this.sched.emit(kind, obj, detail, line),
      newThread: (frame, daemon) => this.sched.newThread(frame, daemon),
      write,
      seed: cfg.seed,
    }
    const interp = this.interp = new Interp(rt, this.infos, this.sched)
    this.sched.interp = interp
    rt.interp = interp
    this.pinned = this.nativeModules.flatMap((m) => [...m.members.values()])
    const yielding = this.nativeModules.filter((m) => m.name === 'time' || m.name === 'kitchen')
      .flatMap((m) => [...m.members.values()]).filter((v) => (v & 7) === TAG_NATIVE)
    this.sched.hookYields(rt.natives as never, yielding)
    this.sched.collectGarbage = () => this.collectGarbage()
    this.sched.importModule = (name) => this.importModule(name)
    if (creator) this.start()
  }

  // ------------------------------------------------------------------ setup

  /// The creator's part of runKitchen: compile the program, make the main thread.
  private start(): void {
    const rt = this.rt
    const cf = this.ctl.f
    const gcInterval = Math.min(4_000_000, Math.floor(rt.heap.limit / 4))
    this.interp.gcAt = gcInterval
    let module: CodeObject
    try {
      module = compileCached(this.cfg.source, this.cfg.filename, false)
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.rt.host.write(e.report(), true)
        cf[F.EXIT_CODE] = 1
        this.endResult = { exitCode: 1, steps: 0, time: 0 }
        return
      }
      throw e
    }
    const mainInfo = this.register(module, 0)
    const main = newModule(this.rt, '__main__')
    const mainFrame = this.interp.newFrame(mainInfo, main.dict, main.dict, None, 0)
    const mainThread = this.sched.newThread(mainFrame, false)
    rt.f[mainThread + Thread.NAME] = rt.intern('MainThread')
    rt.f[mainThread + Thread.DEPTH] = 1
    cf[F.MAIN_THREAD] = mainThread
    this.interp.thread = mainThread
    this.sched.emit('thread-start', null, 'MainThread')
  }

  private register(code: CodeObject, sourceIndex: number): CodeInfo {
    const ci = this.ctl.i
    const cf = this.ctl.f
    const n = Atomics.load(ci, W.MODS)
    if (n >= W.MAX_MODS) throw this.rt.error(T.RuntimeError, 'too many modules')
    const store: ConstStore = {
      put: (v) => {
        const k = Atomics.load(ci, W.NCONSTS)
        if (k >= F.MAX_CONSTS) throw this.rt.error(T.MemoryError, 'too many constants')
        cf[F.CONSTS + k] = v
        Atomics.store(ci, W.NCONSTS, k + 1)
      },
    }
    const info = registerModuleCode(this.rt, code, this.infos, store)
    ci[W.MOD_IDS + n] = sourceIndex
    Atomics.store(ci, W.MODS, n + 1)
    this.modsLoaded = n + 1
    this.constCursor = Atomics.load(ci, W.NCONSTS)
    return info
  }

  /// Compiles the modules other workers loaded since this one last held the
  /// GIL, in the same order, so code ids agree; their constants come from
  /// the control block.
  private syncModules(): void {
    const ci = this.ctl.i
    const n = Atomics.load(ci, W.MODS)
    while (this.modsLoaded < n) {
      const idx = ci[W.MOD_IDS + this.modsLoaded]
      const lib = LIBRARY_MODULES[idx - 1]
      const code = idx === 0 ? compileCached(this.cfg.source, this.cfg.filename, false) : compileLibrary(lib, this.cfg.library[lib])
      const cf = this.ctl.f
      registerModuleCode(this.rt, code, this.infos, { take: () => cf[F.CONSTS + this.constCursor++] })
      this.modsLoaded++
    }
  }

  private importModule(name: string): Value {
    const rt = this.rt
    const modules = addrOf(rt.f[Root.MODULES])
    const known = dictGetName(rt, modules, rt.intern(name))
    if (known !== UNBOUND) return known
    const native = this.nativeModules.find((m) => m.name === name)
    if (native) {
      const m = newModule(this.rt, name)
      for (const [k, v] of native.members) dictSetName(rt, m.dict, rt.intern(k), v)
      return m.value
    }
    const src = PYTHON_LIBRARY.has(name) ? this.cfg.library[name] ?? null : null
    if (src === null) throw rt.error(T.ModuleNotFoundError, `No module named '${name}'`)
    const code = compileLibrary(name, src)
    const info = this.register(code, 1 + LIBRARY_MODULES.indexOf(name))
    const m = newModule(this.rt, name)
    const fr = this.interp.newFrame(info, m.dict, m.dict, None, this.interp.currentFrame())
    this.interp.runNestedFrame(fr)
    return m.value
  }

  private collectGarbage(): void {
    const rt = this.rt
    const freed = collect(rt, this.infos, [...this.pinned, this.served])
    rt.typeVersion++
    const gcInterval = Math.min(4_000_000, Math.floor(rt.heap.limit / 4))
    this.interp.gcAt = rt.f[Root.ALLOCATED] + gcInterval
    this.sched.emit('gc', null, freed)
  }

  // ------------------------------------------------------------------ the baton

  /// Takes over the run's state after taking the GIL.
  acquire(): void {
    const cf = this.ctl.f
    this.syncModules()
    const epoch = cf[F.TYPE_EPOCH]
    if (epoch !== this.typeEpochSeen) {
      this.rt.typeVersion++
      this.typeEpochSeen = epoch
    }
    this.typeVersionAtAcquire = this.rt.typeVersion
    this.interp.steps = cf[F.STEPS]
    this.interp.budget = cf[F.BUDGET]
    this.interp.gcAt = cf[F.GC_AT]
    setRng(this.rng, cf, F.RNG_A)
    this.sched.load(cf)
  }

  /// Hands the run's state on before dropping the GIL.
  release(): void {
    const cf = this.ctl.f
    if (this.rt.typeVersion !== this.typeVersionAtAcquire) {
      cf[F.TYPE_EPOCH] = this.typeEpochSeen = cf[F.TYPE_EPOCH] + 1
    }
    cf[F.STEPS] = this.interp.steps
    cf[F.BUDGET] = this.interp.budget
    cf[F.GC_AT] = this.interp.gcAt
    getRng(this.rng, cf, F.RNG_A)
    this.sched.save(cf)
  }

  /// The first holder of a run sets the baton up (after start()).
  initBaton(): void {
    const cf = this.ctl.f
    cf[F.MAIN_DONE] = 0
    cf[F.EXIT_CODE] = cf[F.EXIT_CODE] || 0
    this.typeVersionAtAcquire = this.rt.typeVersion
    this.typeEpochSeen = cf[F.TYPE_EPOCH]
  }

  /// Everything this worker produced since the last flush. Trace events and
  /// output go out at every hand-off (the host streams them); a recording
  /// alone waits until it is big or the thread is done.
  flush(always = true): Flush | null {
    const s = this.sched
    if (!always && this.out.length === 0 && s.events.length <= s.from.events &&
      s.recording.picks.length - s.from.picks < 4096 && s.recording.slices.length - s.from.slices < 4096 && s.times.length - s.from.times < 4096) {
      s.keepFrom()
      return null
    }
    const fl: Flush = { events: [], out: this.out, picks: [], steps: [], slices: [], times: [], timeouts: this.timeouts }
    // the arrays are sparse (indexed run-wide): walk only this worker's part
    const from = s.from
    for (let k = from.events; k < s.events.length; k++) if (s.events[k] !== undefined) fl.events.push(s.events[k])
    for (let k = from.picks; k < s.recording.picks.length; k++) if (s.recording.picks[k] !== undefined) fl.picks.push([k, s.recording.picks[k]])
    for (let k = from.picks; k < s.stepsAt.length; k++) if (s.stepsAt[k] !== undefined) fl.steps.push([k, s.stepsAt[k]])
    for (let k = from.slices; k < s.recording.slices.length; k++) if (s.recording.slices[k] !== undefined) fl.slices.push([k, s.recording.slices[k]])
    for (let k = from.times; k < s.times.length; k++) if (s.times[k] !== undefined) fl.times.push([k, s.times[k]])
    s.events.length = 0
    s.recording.picks.length = 0
    s.recording.slices.length = 0
    s.times.length = 0
    s.stepsAt.length = 0
    from.events = from.picks = from.slices = from.times = 0
    this.out = []
    this.timeouts = []
    if (!fl.events.length && !fl.out.length && !fl.picks.length && !fl.slices.length && !fl.times.length && !fl.timeouts.length) return null
    return fl
  }

  // ------------------------------------------------------------------ thread ends

  get mainThread(): number {
    return this.ctl.f[F.MAIN_THREAD]
  }

  private reportUncaught(thread: number, exc: Value): void {
    const rt = this.rt
    const cf = this.ctl.f
    if (rt.isInstance(exc, T.SystemExit)) {
      const args = rt.tupleItems(rt.f[addrOf(exc) + L.Exc.ARGS])
      const code = args.length ? args[0] : None
      if (code === None) cf[F.EXIT_CODE] = 0
      else if ((code & 7) === TAG_INT) cf[F.EXIT_CODE] = code / 8
      else { rt.host.write(str(rt, code) + '\n', true); cf[F.EXIT_CODE] = 1 }
      return
    }
    this.sched.emit('exception', exc, exceptionLine(rt, exc), raisedAtLine(rt, exc) || undefined)
    if (thread === this.mainThread) {
      rt.host.write(formatException(rt, exc), true)
      cf[F.EXIT_CODE] = 1
    } else {
      rt.host.write(`Exception in thread ${this.sched.threadName(thread)}:\n` + formatException(rt, exc), true)
    }
  }

  private startShutdown(): boolean {
    const rt = this.rt
    const modules = addrOf(rt.f[Root.MODULES])
    const threading = dictGetName(rt, modules, rt.intern('threading'))
    if (threading === UNBOUND) return false
    const fn = dictGetName(rt, addrOf(rt.f[addrOf(threading) + L.Module_.DICT]), rt.intern('_shutdown'))
    if (fn === UNBOUND) return false
    const fr = this.interp.callFrame(fn, [], null, 0)
    rt.f[fr + Frame.ACTION] = FrameAction.THREAD
    rt.f[this.mainThread + Thread.FRAME] = fr
    this.sched.makeRunnable(this.mainThread)
    return true
  }

  /// As in run.ts: true when the run is over.
  onThreadEnd(thread: number, status: Status): boolean {
    const rt = this.rt
    const cf = this.ctl.f
    if (status === Status.UNCAUGHT) this.reportUncaught(thread, this.interp.uncaught)
    rt.f[thread + Thread.STATE] = ThreadState.DONE
    this.sched.emit('thread-end', null, this.sched.threadName(thread))
    if (thread !== this.mainThread) return false
    if (!cf[F.SHUTTING_DOWN]) {
      cf[F.SHUTTING_DOWN] = 1
      this.sched.mainDone = true
      if (this.startShutdown()) return false
    }
    return true
  }

  /// Ends the run while holding the GIL: the last events, then END for everyone.
  finish(outcome: 'done' | 'deadlock' | { stop: unknown }): void {
    const cf = this.ctl.f
    let exitCode = cf[F.EXIT_CODE]
    if (outcome === 'deadlock') {
      this.rt.host.write(this.deadlockReport(), true)
      this.sched.emit('deadlock', null)
      exitCode = EXIT_DEADLOCK
    } else if (outcome === 'done') {
      this.sched.emit('exit', null, exitCode)
    } else {
      const e = outcome.stop
      const w = (t: string): void => this.rt.host.write(t, true)
      if (e instanceof KitchenStop) { w(e.message + '\n'); exitCode = e.exitCode }
      else if (e instanceof Divergence) { w(`KitchenError: the replay left its recording: ${e.message}\n`); exitCode = EXIT_DIVERGED }
      else if (e instanceof HeapExhausted) { w('MemoryError\n'); exitCode = 1 }
      else if (e instanceof PyError) { w(formatException(this.rt, e.exc)); exitCode = 1 }
      else throw e
    }
    cf[F.EXIT_CODE] = exitCode
    this.sched.finishRecording()
    this.release()
    this.endResult = { exitCode, steps: this.interp.steps, time: this.sched.now }
  }

  private deadlockReport(): string {
    const lines: string[] = ['Deadlock: every thread is waiting and nothing can wake them.']
    const saved = this.interp.thread
    for (const t of this.sched.blockedThreads()) {
      this.interp.thread = t
      const loc = this.interp.userLocation()
      const src = loc.code ? (loc.code.code.sourceLines[loc.line - 1] ?? '').trim() : ''
      const name = t === this.mainThread ? 'MainThread' : this.sched.threadName(t)
      lines.push(`  ${name} waits at line ${loc.line}: ${src}`)
    }
    this.interp.thread = saved
    lines.push('KitchenError: deadlock (exit code 3)')
    return lines.join('\n') + '\n'
  }

  /// A new thread may start only while it has a wake word.
  checkIdent(): void {
    const rt = this.rt
    const live = rt.listItems(rt.f[Root.THREADS]).filter((t) => rt.f[addrOf(t) + Thread.STATE] !== ThreadState.DONE).length
    if (live >= this.cfg.maxWorkers) {
      throw rt.error(T.RuntimeError, `can't start new thread: on real threads the kitchen runs at most ${this.cfg.maxWorkers} threads at once`)
    }
    if (this.rt.f[Root.NEXT_IDENT] >= MAX_IDENTS) {
      throw this.rt.error(T.RuntimeError, `can't start new thread: a run on real threads starts at most ${MAX_IDENTS - 1} threads`)
    }
  }
}

type RngState = { a: number; b: number; c: number; d: number }

export function setRng(r: Rng, cf: Float64Array, at: number): void {
  const s = r as unknown as RngState
  s.a = cf[at]; s.b = cf[at + 1]; s.c = cf[at + 2]; s.d = cf[at + 3]
}

export function getRng(r: Rng, cf: Float64Array, at: number): void {
  const s = r as unknown as RngState
  cf[at] = s.a; cf[at + 1] = s.b; cf[at + 2] = s.c; cf[at + 3] = s.d
}

export { ThreadState, Thread, Status, KitchenStop }
