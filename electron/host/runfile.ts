/// Run files (.kitchenrun): write one from a run, read and check one
/// (JSON, the schema, the version, the program), replay it and compare.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import ajvModule, { type ValidateFunction } from 'ajv'
import { runProgram, type RunResult, type Recording } from '../engine/index.ts'
import { runOnWorkers } from './pool.ts'
import { traceToJsonl, traceIdentity, type TraceEvent } from '../engine/trace.ts'
import { parse } from '../engine/front/parse.ts'
import { compile } from '../engine/compile/compiler.ts'
import { PySyntaxError } from '../engine/front/syntax-error.ts'

export const RUN_FORMAT_VERSION = 1
const APP = 'kitchen-sync 0.1.0'
const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'kitchenrun.schema.json')

export interface RunFile {
  readonly format: 'kitchenrun'
  readonly version: number
  readonly app: string
  readonly program: { readonly filename: string; readonly source: string }
  readonly seed: number
  readonly options: {
    readonly time: 'virtual' | 'real'
    readonly maxSteps: number
    /// Where it ran: 'real' (worker threads) or 'single' (one JS thread); absent in older files.
    readonly threads?: 'real' | 'single'
    /// Kitchen seconds per wall second of a real-time run.
    readonly speed?: number
    /// Where the GIL may change hands (default cpython; inspector counterexamples use language).
    readonly switchPoints?: 'cpython' | 'language'
    /// Heap size (default 256); garbage collection points depend on it.
    readonly heapMegabytes?: number
  }
  readonly recording: Recording
  readonly trace: TraceEvent[]
  readonly traceHash: string
  readonly result: { readonly exitCode: number; readonly stdout: string; readonly stderr: string }
  /// Runs on real threads: the pool worker that ran each thread (by ident).
  readonly workers?: Record<string, number>
}

/// A run file that cannot be used, and why.
export class RunFileError extends Error {}

/// SHA-256 of a trace's JSON lines (which worker ran what is not part of it).
export function traceHash(trace: readonly TraceEvent[]): string {
  return createHash('sha256').update(traceToJsonl(traceIdentity(trace))).digest('hex')
}

/// The run file of a finished run.
export function makeRunFile(filename: string, source: string, seed: number, options: RunFile['options'], r: Pick<RunResult, 'recording' | 'trace' | 'exitCode' | 'stdout' | 'stderr'> & { workers?: Record<number, number> }): RunFile {
  return {
    ...(r.workers ? { workers: r.workers } : {}),
    format: 'kitchenrun', version: RUN_FORMAT_VERSION, app: APP,
    program: { filename, source }, seed, options,
    recording: r.recording, trace: r.trace, traceHash: traceHash(r.trace),
    result: { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr },
  }
}

// ajv is CommonJS: under NodeNext its class is the default export's `default`
const Ajv = (ajvModule as unknown as { default: typeof ajvModule.default }).default
let validator: ValidateFunction | null = null

/// Reads and checks a run file's text; throws RunFileError saying what is wrong.
export function readRunFile(text: string, path = 'run file'): RunFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new RunFileError(`${path}: not JSON (${(e as Error).message})`)
  }
  const d = data as Record<string, unknown>
  if (d && typeof d === 'object' && d.format !== 'kitchenrun') throw new RunFileError(`${path}: not a kitchen run file (format is ${JSON.stringify(d.format)})`)
  if (d && typeof d === 'object' && d.version !== RUN_FORMAT_VERSION) {
    throw new RunFileError(`${path}: run file version ${JSON.stringify(d.version)} is not supported (this kitchen reads version ${RUN_FORMAT_VERSION})`)
  }
  validator ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')))
  if (!validator(data)) {
    const errs = (validator.errors ?? []).slice(0, 5).map((e: { instancePath: string; message?: string }) => `${e.instancePath || '/'} ${e.message}`).join('; ')
    throw new RunFileError(`${path}: does not match the run file schema: ${errs}`)
  }
  const run = data as RunFile
  if (traceHash(run.trace) !== run.traceHash) throw new RunFileError(`${path}: trace hash mismatch (the trace was changed after it was written)`)
  try {
    compile(parse(run.program.source, run.program.filename), run.program.filename, run.program.source)
  } catch (e) {
    if (e instanceof PySyntaxError) throw new RunFileError(`${path}: its program does not parse: line ${e.line}: ${e.excType}: ${e.pyMessage}`)
    throw e
  }
  return run
}

export interface ReplayOutcome {
  readonly result: Pick<RunResult, 'recording' | 'trace' | 'exitCode' | 'stdout' | 'stderr'>
  /// Did the replay give the recorded trace, event for event?
  readonly same: boolean
  readonly hash: string
}

/// Replays a run by following its recording.
export function replay(run: RunFile, onOutput?: (text: string, toStderr: boolean) => void): ReplayOutcome {
  const result = runProgram(run.program.source, {
    filename: run.program.filename, seed: run.seed, time: run.options.time, maxSteps: run.options.maxSteps,
    follow: run.recording, onOutput, switchPoints: run.options.switchPoints, heapMegabytes: run.options.heapMegabytes,
  })
  const hash = traceHash(result.trace)
  return { result, same: hash === run.traceHash, hash }
}

/// Replays a run on real worker threads: the workers hand the GIL over as
/// the recording says.
export async function replayOnThreads(run: RunFile, onOutput?: (text: string, toStderr: boolean) => void): Promise<ReplayOutcome> {
  const result = await runOnWorkers(run.program.source, {
    filename: run.program.filename, seed: run.seed, mode: 'controlled', time: run.options.time,
    maxSteps: run.options.maxSteps, follow: run.recording, onOutput,
    switchPoints: run.options.switchPoints, heapMegabytes: run.options.heapMegabytes,
  })
  const hash = traceHash(result.trace)
  return { result, same: hash === run.traceHash, hash }
}
