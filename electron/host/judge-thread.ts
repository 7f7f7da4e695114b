/// The judge's own worker thread. Judging a level run means inspecting its
/// interleavings, which takes up to seconds, and checking a pack judges every
/// solution in it: done on the host's thread, that work would freeze
/// Electron's main process (and with it the window and Stop) until it ended.
/// Here it runs on one worker, a job at a time in order; stopping the job in
/// progress terminates the worker, and the next job gets a fresh one.

import { Worker } from 'node:worker_threads'
import type { Level } from '../levels/index.ts'
import type { RunResult } from '../engine/index.ts'
import type { VerdictView } from '../ipc/contract.ts'
import type { JudgeProgress } from './catalog.ts'
import { PackError, type Pack } from './pack.ts'
import { WORKER_BOOT, workerEntry } from './worker-entry.ts'

export type JudgeJob =
  | { readonly job: 'judge'; readonly level: Level; readonly source: string; readonly run: RunResult; readonly statements: number; readonly seed: number }
  | { readonly job: 'check-pack'; readonly text: string; readonly name: string }

export type JudgeReply =
  | { readonly id: number; readonly progress: JudgeProgress }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly problems: readonly string[] | null }

/// A job was stopped before it ended (its caller's signal was aborted).
export class JudgeStopped extends Error {
  constructor() {
    super('stopped before the judge finished')
  }
}

interface Queued {
  readonly id: number
  readonly job: JudgeJob
  readonly resolve: (v: unknown) => void
  readonly reject: (e: Error) => void
  readonly signal: AbortSignal | undefined
  readonly onAbort: () => void
  readonly onProgress: ((p: JudgeProgress) => void) | undefined
}

export class JudgeThread {
  private worker: Worker | null = null
  private readonly queue: Queued[] = []
  /// The job the worker is doing now (the first of the queue), if any.
  private running: Queued | null = null
  private nextId = 1
  private readonly entry = workerEntry('host/judge-worker.ts')

  /// The verdict on a finished run of `level` (the judge, then the inspector for a run that passed).
  /// `onProgress` hears how far the inspector has got.
  judge(level: Level, source: string, run: RunResult, statements: number, seed: number, signal?: AbortSignal, onProgress?: (p: JudgeProgress) => void): Promise<VerdictView> {
    return this.submit({ job: 'judge', level, source, run, statements, seed }, signal, onProgress) as Promise<VerdictView>
  }

  /// A pack read and checked with every solution judged; throws PackError.
  checkPack(text: string, name: string, signal?: AbortSignal): Promise<Pack> {
    return this.submit({ job: 'check-pack', text, name }, signal) as Promise<Pack>
  }

  /// Ends the worker; jobs still queued are rejected.
  async close(): Promise<void> {
    for (const q of this.queue.splice(0)) this.settle(q, () => q.reject(new Error('the judge was closed')))
    this.running = null
    const w = this.worker
    this.worker = null
    if (w) await w.terminate()
  }

  private submit(job: JudgeJob, signal: AbortSignal | undefined, onProgress?: (p: JudgeProgress) => void): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(new JudgeStopped())
    return new Promise((resolve, reject) => {
      const q: Queued = { id: this.nextId++, job, resolve, reject, signal, onAbort: () => this.stop(q), onProgress }
      signal?.addEventListener('abort', q.onAbort, { once: true })
      this.queue.push(q)
      this.pump()
    })
  }

  private settle(q: Queued, how: () => void): void {
    q.signal?.removeEventListener('abort', q.onAbort)
    how()
  }

  /// Starts the next job when the worker is free.
  private pump(): void {
    if (this.running || this.queue.length === 0) {
      if (!this.running) this.worker?.unref() // an idle judge keeps no process alive
      return
    }
    const q = this.queue[0]
    this.running = q
    const w = this.ensureWorker()
    w.ref()
    w.postMessage({ ...q.job, id: q.id })
  }

  private stop(q: Queued): void {
    const i = this.queue.indexOf(q)
    if (i < 0) return
    this.queue.splice(i, 1)
    this.settle(q, () => q.reject(new JudgeStopped()))
    if (this.running === q) {
      // the worker is inside the job: only ending the worker ends it
      this.running = null
      this.dropWorker()
    }
    this.pump()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const w = new Worker(WORKER_BOOT, { workerData: { entry: this.entry } })
    w.on('message', (m: JudgeReply) => {
      const q = this.running
      if (w !== this.worker || !q || q.id !== m.id) return
      if ('progress' in m) { q.onProgress?.(m.progress); return }
      this.queue.shift()
      this.running = null
      this.settle(q, () => m.ok ? q.resolve(m.value) : q.reject(m.problems ? new PackError([...m.problems]) : new Error(m.message)))
      this.pump()
    })
    // a worker that crashed (out of memory, a bug) fails its job, not the host
    const died = (why: string): void => {
      if (w !== this.worker) return
      this.worker = null
      const q = this.running
      this.running = null
      if (q) {
        this.queue.shift()
        this.settle(q, () => q.reject(new Error(`the judge stopped working: ${why}`)))
      }
      this.pump()
    }
    w.on('error', (e) => died(String(e)))
    w.on('exit', (code) => died(`its worker exited (code ${code})`))
    this.worker = w
    return w
  }

  private dropWorker(): void {
    const w = this.worker
    this.worker = null
    if (w) void w.terminate()
  }
}

let shared: JudgeThread | null = null

/// The process's judge thread (started on its first job).
export function defaultJudgeThread(): JudgeThread {
  shared ??= new JudgeThread()
  return shared
}
