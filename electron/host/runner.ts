/// The one place the host runs a program. Today it runs on the engine's
/// controlled scheduler (`runProgram`) and streams the trace in batches once
/// the run ends; the real-threads runner replaces this function alone.

import { runProgram, type RunResult } from '../engine/index.ts'
import type { TraceEvent } from '../engine/trace.ts'

export interface RunSpec {
  readonly source: string
  readonly filename: string
  readonly seed: number
  readonly maxSteps: number
  readonly follow?: RunResult['recording']
}

export interface RunHandle {
  readonly done: Promise<RunResult>
  cancel(): void
}

const BATCH = 400

/// Starts a run; `onEvents` receives the trace in order, in batches.
export function startRun(spec: RunSpec, onEvents: (events: readonly TraceEvent[]) => void): RunHandle {
  let cancelled = false
  const done = new Promise<RunResult>((resolve, reject) => {
    setImmediate(() => {
      let result: RunResult
      try {
        result = runProgram(spec.source, { filename: spec.filename, seed: spec.seed, maxSteps: spec.maxSteps, time: 'virtual', follow: spec.follow })
      } catch (e) {
        reject(e)
        return
      }
      let at = 0
      const pump = (): void => {
        if (cancelled) { reject(new Error('run cancelled')); return }
        if (at >= result.trace.length) { resolve(result); return }
        onEvents(result.trace.slice(at, at + BATCH))
        at += BATCH
        setImmediate(pump)
      }
      pump()
    })
  })
  return { done, cancel: () => { cancelled = true } }
}
