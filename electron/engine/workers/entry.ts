/// The entry of a pool worker (Node worker_threads): runs the Python threads
/// the host gives it, one at a time, and reports back. See host/pool.ts.

import { parentPort, threadId, workerData } from 'node:worker_threads'
import { runThread, dropWorld, finalFlush, type RunnerIO } from './runner.ts'
import { type RunConfig } from './world.ts'
import { compileLibrary } from '../compile/cache.ts'

/// Host -> worker.
export type ToWorker =
  | { type: 'thread'; runId: number; cfg?: RunConfig; heap?: SharedArrayBuffer; ctl?: SharedArrayBuffer; thread: number; ident: number; runStart: number }
  | { type: 'forget'; runId: number }

const runs = new Map<number, { cfg: RunConfig; heap: SharedArrayBuffer; ctl: SharedArrayBuffer }>()
const port = parentPort!

port.on('message', (m: ToWorker) => {
  if (m.type === 'forget') {
    runs.delete(m.runId)
    dropWorld(m.runId)
    return
  }
  if (m.cfg && m.heap && m.ctl) runs.set(m.runId, { cfg: m.cfg, heap: m.heap, ctl: m.ctl })
  const run = runs.get(m.runId)
  if (!run) {
    port.postMessage({ type: 'idle', runId: m.runId, end: null, error: 'unknown run' })
    return
  }
  let end = null
  let error: string | null = null
  const io: RunnerIO = {
    flush: (fl) => port.postMessage({ type: 'flush', runId: m.runId, fl }),
    spawn: (runId, thread, ident) => port.postMessage({ type: 'spawn', runId, thread, ident }),
  }
  try {
    end = runThread(run.cfg, run.heap, run.ctl, m.thread, m.ident, io, m.runStart)
    finalFlush(m.runId, io)
  } catch (e) {
    error = (e as Error)?.stack ?? String(e)
  }
  port.postMessage({ type: 'idle', runId: m.runId, end, error })
})
// compile the library now, into the cache a run's world will read: a worker
// started ahead of need is then ready to run a thread at once
const library = (workerData as { library?: Record<string, string> } | null)?.library ?? {}
for (const [name, source] of Object.entries(library)) compileLibrary(name, source)
port.postMessage({ type: 'ready', threadId })
