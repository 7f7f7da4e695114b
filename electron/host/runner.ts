/// The one place the host runs a program: on real worker threads (the
/// pool), in controlled mode (the seed, or the recording being replayed,
/// decides who holds the GIL, in virtual time), so a level's live run is the
/// run the judge sees and a saved run replays exactly. Events stream to the
/// renderer as the threads make them.

import { runOnWorkers } from './pool.ts'
import type { RunResult } from '../engine/index.ts'
import type { TraceEvent } from '../engine/trace.ts'

export interface RunSpec {
  readonly source: string
  readonly filename: string
  readonly seed: number
  readonly maxSteps: number
  readonly follow?: RunResult['recording']
}

export interface RunHandle {
  /// The run's result; a cancelled run resolves too, with what it did until it stopped.
  readonly done: Promise<RunResult>
  cancel(): void
  /// True once `cancel` was called (the result is then a stopped run, not a verdict's).
  readonly cancelled: boolean
}

/// Events are sent in batches at most this often (ms), so a busy run does
/// not flood the renderer with one message per event.
const FLUSH_MS = 30

/// Starts a run; `onEvents` receives the trace in order, in batches, while it runs.
export function startRun(spec: RunSpec, onEvents: (events: readonly TraceEvent[]) => void): RunHandle {
  const abort = new AbortController()
  let batch: TraceEvent[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = (): void => {
    timer = null
    if (batch.length) { onEvents(batch); batch = [] }
  }
  const done = runOnWorkers(spec.source, {
    filename: spec.filename, seed: spec.seed, maxSteps: spec.maxSteps, mode: 'controlled', time: 'virtual',
    follow: spec.follow, signal: abort.signal,
    onEvent: (e) => {
      batch.push(e)
      timer ??= setTimeout(flush, FLUSH_MS)
    },
  }).then((r) => {
    if (timer) clearTimeout(timer)
    flush()
    return r
  })
  return { done, cancel: () => abort.abort(), get cancelled() { return abort.signal.aborted } }
}
