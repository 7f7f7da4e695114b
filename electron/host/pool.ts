/// Runs kitchen programs on real threads: every Python thread on its own
/// Node worker thread, all sharing one heap (a SharedArrayBuffer) and
/// taking turns through a GIL kept in shared memory (engine/workers/).
///
/// The host-facing API:
///
///   const r = await runOnWorkers(source, {
///     mode: 'free',            // 'free' (default): the OS decides who runs, real time;
///                              // 'controlled': the seeded schedule, or `follow`'s, decides
///     seed: 1,                 // random module (and controlled schedule)
///     follow: recording,       // replay: a Recording (from a free or controlled run)
///     speed: 1,                // free mode: kitchen seconds per wall second
///     onEvent: (e) => {},      // trace events as they happen (in order, in batches)
///     onOutput: (text, toStderr) => {},
///     signal: abortController.signal,   // cancel: the run stops within 100 ms
///     timeout: 10,             // wall-clock seconds (0: none)
///   })
///   r.stdout, r.stderr, r.exitCode, r.trace, r.recording, r.workers (ident -> worker id)
///
/// Every run records (free runs: GIL hand-offs with the step they happened
/// at, clock readings, timed-out waits); `follow` replays such a recording
/// on workers, `runProgram(..., { follow })` on one thread.
///
/// The pool: workers are kept between runs and started on demand, up to
/// `POOL_LIMIT`; a run that wants more threads alive at once gets a
/// RuntimeError from `Thread.start()`. A worker that does not answer when a
/// run is cancelled is terminated and replaced.

import { Worker } from 'node:worker_threads'
import { WORKER_BOOT, workerEntry } from './worker-entry.ts'
import { Heap } from '../engine/vm/heap.ts'
import { type TraceEvent } from '../engine/trace.ts'
import { type Recording } from '../engine/sched/scheduler.ts'
import { librarySource } from '../engine/index.ts'
import { LIBRARY_MODULES } from '../engine/compile/cache.ts'
import { newControl, Control, W } from '../engine/workers/control.ts'
import { type RunConfig, type Flush, EXIT_CANCELLED } from '../engine/workers/world.ts'
import type { ToWorker } from '../engine/workers/entry.ts'

/// Workers a pool starts at most (threads alive at once in one run on real threads).
export const POOL_LIMIT = 64
/// Free mode: a thread waiting for the GIL asks for it after this long (CPython's 5 ms).
export const SWITCH_INTERVAL_MS = 5

export interface RealRunOptions {
  readonly filename?: string
  readonly seed?: number
  readonly mode?: 'free' | 'controlled'
  readonly maxSteps?: number
  /// Controlled mode: virtual (default) or real time. Free mode is always real time.
  readonly time?: 'virtual' | 'real'
  readonly speed?: number
  readonly switchIntervalMs?: number
  readonly slice?: readonly [number, number]
  readonly switchPoints?: 'cpython' | 'language'
  readonly trace?: boolean
  readonly follow?: Recording
  readonly heapMegabytes?: number
  /// Wall-clock limit in seconds (0: none).
  readonly timeout?: number
  readonly onEvent?: (e: TraceEvent) => void
  readonly onOutput?: (text: string, toStderr: boolean) => void
  readonly signal?: AbortSignal
}

export interface RealRunResult {
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
  readonly trace: TraceEvent[]
  readonly steps: number
  readonly time: number
  readonly recording: Recording
  /// Which pool worker ran each thread (by ident).
  readonly workers: Record<number, number>
}

interface PoolWorker {
  readonly id: number
  readonly w: Worker
  ready: Promise<void>
  busyRun: number
  /// Runs whose config this worker has.
  readonly knows: Set<number>
  onMessage: ((m: FromWorker) => void) | null
  dead: boolean
}

type FromWorker =
  | { type: 'ready' }
  | { type: 'flush'; runId: number; fl: Flush }
  | { type: 'spawn'; runId: number; thread: number; ident: number }
  | { type: 'idle'; runId: number; end: { exitCode: number; steps: number; time: number } | null; error: string | null }

let nextRunId = 1

export class WorkerPool {
  private readonly all: PoolWorker[] = []
  private readonly idle: PoolWorker[] = []
  private nextId = 1
  private readonly entry = workerEntry('engine/workers/entry.ts')

  constructor(readonly limit = POOL_LIMIT) {}

  /// Workers alive (idle or busy).
  get size(): number {
    return this.all.length
  }

  get idleCount(): number {
    return this.idle.length
  }

  /// Starts workers until `n` are idle (a warm pool).
  async warm(n: number): Promise<void> {
    while (this.idle.length < n && this.all.length < this.limit) this.idle.push(this.spawnWorker())
    for (const p of this.idle) p.w.ref()
    await Promise.all(this.idle.map((p) => p.ready))
    for (const p of this.idle) p.w.unref()
  }

  private spawnWorker(): PoolWorker {
    // the library goes along so that a new worker compiles it before its
    // first thread, not while a run waits for that thread to start
    const w = new Worker(WORKER_BOOT, { workerData: { entry: this.entry, library: poolLibrary() } })
    const pw: PoolWorker = { id: this.nextId++, w, ready: Promise.resolve(), busyRun: 0, knows: new Set(), onMessage: null, dead: false }
    pw.ready = new Promise((resolve, reject) => {
      const onMsg = (m: FromWorker): void => {
        if (m.type === 'ready') { resolve(); return }
        pw.onMessage?.(m)
      }
      w.on('message', onMsg)
      w.once('error', reject)
    })
    // a worker that died is reported to its run as done and never reused
    const died = (why: string): void => {
      if (pw.dead) return
      pw.dead = true
      pw.onMessage?.({ type: 'idle', runId: pw.busyRun, end: null, error: why })
      this.replace(pw)
    }
    w.on('error', (e) => died(String(e)))
    w.on('exit', (code) => died(`the worker exited (code ${code})`))
    w.unref()
    this.all.push(pw)
    return pw
  }

  /// An idle worker, else a new one. A program that starts threads starts
  /// them one after another, each waiting for the last to begin; so when a
  /// thread (not a run's main thread) needs a new worker, one spare starts
  /// beside it and is ready for the next `start()`.
  private take(forThread: boolean): PoolWorker | null {
    const w = this.idle.pop()
    if (w) return w
    if (this.all.length >= this.limit) return null
    const fresh = this.spawnWorker()
    if (forThread && this.all.length < this.limit) this.idle.push(this.spawnWorker())
    return fresh
  }

  private giveBack(w: PoolWorker): void {
    if (w.dead) return
    w.busyRun = 0
    w.onMessage = null
    w.w.unref()
    this.idle.push(w)
  }

  /// Terminates a worker that does not answer and forgets it.
  private replace(w: PoolWorker): void {
    w.dead = true
    void w.w.terminate()
    const i = this.all.indexOf(w)
    if (i >= 0) this.all.splice(i, 1)
    const j = this.idle.indexOf(w)
    if (j >= 0) this.idle.splice(j, 1)
  }

  async close(): Promise<void> {
    const all = [...this.all]
    for (const w of all) w.dead = true
    await Promise.all(all.map((w) => w.w.terminate()))
    this.all.length = 0
    this.idle.length = 0
  }

  /// One run (see the top of this file).
  run(source: string, options: RealRunOptions = {}): Promise<RealRunResult> {
    const runId = nextRunId++
    const mode = options.mode ?? 'free'
    const library = poolLibrary()
    const cfg: RunConfig = {
      runId, source, filename: options.filename ?? 'program.py', seed: options.seed ?? 1,
      maxSteps: options.maxSteps ?? 10_000_000, mode, time: mode === 'free' ? 'real' : options.time ?? 'virtual',
      slice: options.slice ?? [1000, 20000], switchPoints: options.switchPoints ?? 'cpython',
      trace: options.trace ?? true, follow: options.follow, speed: options.speed ?? 1,
      switchIntervalMs: options.switchIntervalMs ?? SWITCH_INTERVAL_MS, heapMegabytes: options.heapMegabytes ?? 256, library, maxWorkers: this.limit,
    }
    const heap = Heap.create(cfg.heapMegabytes).buffer as SharedArrayBuffer
    const ctlBuf = newControl()
    const ctl = new Control(ctlBuf)
    // controlled mode: the main thread (ident 1) holds the GIL first
    if (mode === 'controlled') ctl.i[W.GIL] = 1
    const runStart = performance.timeOrigin + performance.now()

    return new Promise((resolve) => {
      const busy = new Set<PoolWorker>()
      const pending: [number, number][] = []
      const events: TraceEvent[] = []
      const outs: [number, string, boolean][] = []
      const picks: number[] = []
      const steps: number[] = []
      const slices: number[] = []
      const times: number[] = []
      const timeouts: number[][] = []
      const workers: Record<number, number> = {}
      let nextEvent = 0
      let nextOut = 0
      const heldEvents = new Map<number, TraceEvent>()
      const heldOuts = new Map<number, [string, boolean]>()
      let end: { exitCode: number; steps: number; time: number } | null = null
      let stopMessage = ''
      let settled = false
      let cancelTimer: ReturnType<typeof setTimeout> | null = null
      let timeoutTimer: ReturnType<typeof setTimeout> | null = null
      const internalErrors: string[] = []

      const deliver = (fl: Flush, worker: number): void => {
        for (const e of fl.events) {
          // the event's thread's worker (a controlled hand-off writes the
          // `switch` of the thread it hands to)
          heldEvents.set(e.seq, { ...e, worker: workers[e.thread] ?? worker })
        }
        while (heldEvents.has(nextEvent)) {
          const e = heldEvents.get(nextEvent)!
          heldEvents.delete(nextEvent++)
          events.push(e)
          options.onEvent?.(e)
        }
        for (const [k, text, err] of fl.out) heldOuts.set(k, [text, err])
        while (heldOuts.has(nextOut)) {
          const [text, err] = heldOuts.get(nextOut)!
          heldOuts.delete(nextOut++)
          outs.push([0, text, err])
          options.onOutput?.(text, err)
        }
        for (const [k, v] of fl.picks) picks[k] = v
        for (const [k, v] of fl.steps) steps[k] = v
        // a free run's slice is written twice (opened as 0, closed with its length)
        for (const [k, v] of fl.slices) slices[k] = Math.max(slices[k] ?? 0, v)
        for (const [k, v] of fl.times) times[k] = v
        for (const t of fl.timeouts) timeouts.push(t)
      }

      const finish = (): void => {
        if (settled) return
        settled = true
        if (cancelTimer) clearTimeout(cancelTimer)
        if (timeoutTimer) clearTimeout(timeoutTimer)
        options.signal?.removeEventListener('abort', onAbort)
        for (const w of this.all) if (w.knows.has(runId)) { w.knows.delete(runId); w.w.postMessage({ type: 'forget', runId } satisfies ToWorker) }
        let stdout = '', stderr = ''
        for (const [, text, err] of outs) { if (err) stderr += text; else stdout += text }
        let exitCode = end ? end.exitCode : EXIT_CANCELLED
        if (!end) {
          stderr += stopMessage + '\n'
          if (stopMessage.includes('longer than')) exitCode = 1
        }
        if (internalErrors.length) { stderr += `KitchenError: internal error on a worker:\n${internalErrors[0]}\n`; exitCode = exitCode || 1 }
        const recording: Recording = mode === 'free'
          ? { picks, steps, slices, times, timeouts: timeouts.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) }
          : { picks, slices }
        resolve({
          stdout, stderr, exitCode, trace: events, steps: end?.steps ?? 0, time: end?.time ?? 0, recording, workers,
        })
      }

      const maybeFinish = (): void => {
        if (busy.size === 0 && (end || ctl.ended)) finish()
      }

      const onMessage = (w: PoolWorker) => (m: FromWorker): void => {
        if (m.type === 'flush') deliver(m.fl, w.id)
        else if (m.type === 'spawn') {
          pending.push([m.thread, m.ident])
          dispatch()
        } else if (m.type === 'idle') {
          if (m.error) internalErrors.push(m.error)
          if (m.end) end = m.end
          if (m.error && !ctl.ended) { stopMessage = 'KitchenError: internal error'; ctl.end() }
          busy.delete(w)
          this.giveBack(w)
          dispatch()
          maybeFinish()
        }
      }

      const start = (thread: number, ident: number): boolean => {
        const w = this.take(ident !== 0)
        if (!w) return false
        busy.add(w)
        w.w.ref()
        w.busyRun = runId
        w.onMessage = onMessage(w)
        workers[ident === 0 ? 1 : ident] = w.id
        const first = !w.knows.has(runId)
        w.knows.add(runId)
        const msg: ToWorker = first
          ? { type: 'thread', runId, cfg, heap, ctl: ctlBuf, thread, ident, runStart }
          : { type: 'thread', runId, thread, ident, runStart }
        w.w.postMessage(msg)
        return true
      }

      const dispatch = (): void => {
        while (pending.length && !ctl.ended) {
          if (!start(pending[0][0], pending[0][1])) return
          pending.shift()
        }
      }

      /// Stop from outside: the holder stops at its next switch point; if
      /// nobody answers, end the run here and replace workers that stay busy.
      const stop = (code: number, message: string): void => {
        if (settled || ctl.ended) return
        stopMessage = message
        Atomics.store(ctl.i, W.CANCEL, code)
        for (let k = 1; k < 8192; k++) ctl.wake(k)
        Atomics.notify(ctl.i, W.GIL)
        cancelTimer = setTimeout(() => {
          if (!ctl.ended) ctl.end()
          cancelTimer = setTimeout(() => {
            for (const w of [...busy]) { busy.delete(w); this.replace(w) }
            maybeFinish()
          }, 40)
          maybeFinish()
        }, 40)
      }
      const onAbort = (): void => stop(1, 'KitchenError: the run was cancelled')
      if (options.signal?.aborted) { queueMicrotask(onAbort) }
      options.signal?.addEventListener('abort', onAbort)
      if (options.timeout && options.timeout > 0) {
        timeoutTimer = setTimeout(() => stop(2, `KitchenError: the program ran longer than ${options.timeout} s (raise the limit with --timeout)`), options.timeout * 1000)
      }
      pending.push([0, 0])
      dispatch()
    })
  }
}

let shared: WorkerPool | null = null

let librarySources: Record<string, string> | null = null
/// The library modules' sources (the same for every run of this process).
function poolLibrary(): Record<string, string> {
  if (!librarySources) {
    librarySources = {}
    for (const n of LIBRARY_MODULES) librarySources[n] = librarySource(n) ?? ''
  }
  return librarySources
}

/// The process's pool (made on first use).
export function defaultPool(): WorkerPool {
  shared ??= new WorkerPool()
  return shared
}

/// Runs a program on real threads with the process's pool.
export function runOnWorkers(source: string, options: RealRunOptions = {}): Promise<RealRunResult> {
  return defaultPool().run(source, options)
}

/// Ends the process's pool (its workers do not keep the process alive anyway).
export async function closeDefaultPool(): Promise<void> {
  if (shared) await shared.close()
  shared = null
}

