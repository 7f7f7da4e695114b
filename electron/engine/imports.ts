/// Library imports replayed from a snapshot. The inspector runs one program
/// thousands of times, and every run used to execute the module bodies of
/// `threading` and `queue` again (a third of a schedule's time). Before any
/// thread but the main one exists a run is deterministic, so the state an
/// import leaves behind is the same every time it starts from the same
/// state: the cache keeps that end state (the heap, the runtime's tables,
/// what the import appended to the trace, the footprint log and the code
/// table) and puts it back instead of running the import again, but only
/// after checking that the state it starts from is, slot for slot, the one
/// the first run started from. Anything else runs the import as before.

import { Root, type Heap } from './vm/heap.ts'
import { type Runtime, type RuntimeState } from './vm/runtime.ts'
import { type CodeInfo } from './vm/code.ts'
import { type Interp } from './vm/interp.ts'
import { type Value } from './vm/value.ts'
import { type TraceEvent } from './trace.ts'
import { type AccessLog, type AccessKind } from './vm/footprint.ts'

/// Everything an import reads that is not in the heap, and the heap itself.
interface Before {
  readonly heap: Float64Array
  readonly infos: number
  readonly steps: number
  readonly events: number
  readonly log: number
  readonly now: number
  readonly typeVersion: number
  readonly typeCacheVersion: number
  readonly natives: number
  readonly codes: number
}

interface Entry {
  readonly name: string
  readonly before: Before
  readonly heap: Float64Array
  readonly state: RuntimeState
  readonly infos: readonly CodeInfo[]
  readonly events: readonly TraceEvent[]
  readonly log: { keys: string[]; writes: boolean[]; kinds: AccessKind[]; lines: number[]; names: (string | null)[] }
  readonly opStart: number
  readonly steps: number
  readonly budget: number
  readonly value: Value
}

/// What a run lends the cache at an import.
export interface ImportSite {
  readonly rt: Runtime
  readonly heap: Heap
  readonly interp: Interp
  readonly infos: CodeInfo[]
  readonly events: TraceEvent[]
  readonly now: number
}

/// One per program and run options (the inspector makes one per inspection).
export class ImportCache {
  private readonly entries: Entry[] = []
  /// Imports replayed and run, for tests and benchmarks.
  hits = 0
  misses = 0

  /// The `ordinal`-th library import of a run: replayed when the cache has it
  /// and the run is where the first one was, else run by `load` (and kept
  /// when the run has only its main thread).
  load(site: ImportSite, ordinal: number, name: string, load: () => Value): Value {
    const alone = site.rt.f[Root.NEXT_IDENT] === 2
    if (!alone) return load()
    const entry = this.entries[ordinal]
    if (entry !== undefined) {
      if (entry.name === name && same(entry.before, site)) {
        this.hits++
        return replay(entry, site)
      }
      this.misses++
      return load()
    }
    if (ordinal !== this.entries.length) return load()
    this.misses++
    const before = capture(site)
    const log = site.interp.tracker?.log
    const budget = site.interp.budget
    const value = load()
    const slice = <T>(a: T[] | undefined, from: number): T[] => (a ? a.slice(from) : [])
    this.entries.push({
      name, before, value,
      heap: site.heap.snapshot(),
      state: site.rt.saveState(),
      infos: site.infos.slice(before.infos),
      events: site.events.slice(before.events).map((e) => ({ ...e })),
      log: {
        keys: slice(log?.keys, before.log), writes: slice(log?.writes, before.log), kinds: slice(log?.kinds, before.log),
        lines: slice(log?.lines, before.log), names: slice(log?.names, before.log),
      },
      opStart: (site.interp.tracker?.opStart ?? 0) - before.log,
      steps: site.interp.steps - before.steps,
      budget: site.interp.budget - budget,
    })
    return value
  }
}

function capture(site: ImportSite): Before {
  const rt = site.rt
  const state = rt.saveState()
  return {
    heap: site.heap.snapshot(), infos: site.infos.length, steps: site.interp.steps, events: site.events.length,
    log: site.interp.tracker?.log.length ?? 0, now: site.now, typeVersion: rt.typeVersion,
    typeCacheVersion: rt.typeCacheVersion, natives: state.natives, codes: state.codes.size,
  }
}

function same(b: Before, site: ImportSite): boolean {
  const rt = site.rt
  const f = site.heap.f64
  if (f[Root.BUMP] !== b.heap.length || site.infos.length !== b.infos || site.interp.steps !== b.steps ||
    site.events.length !== b.events || (site.interp.tracker?.log.length ?? 0) !== b.log || site.now !== b.now ||
    rt.typeVersion !== b.typeVersion || rt.typeCacheVersion !== b.typeCacheVersion || rt.natives.length !== b.natives ||
    rt.codes.size !== b.codes) return false
  const h = b.heap
  for (let i = 0; i < h.length; i++) if (f[i] !== h[i] && !(f[i] !== f[i] && h[i] !== h[i])) return false
  return true
}

function replay(e: Entry, site: ImportSite): Value {
  site.heap.restore(e.heap)
  site.rt.restoreState(e.state)
  // the code table's inline caches are per run: fresh ones, as makeInfo gives
  for (const info of e.infos) site.infos.push(freshCaches(info))
  for (const ev of e.events) site.events.push({ ...ev })
  const tracker = site.interp.tracker
  if (tracker) {
    const log: AccessLog = tracker.log
    const at = log.length
    for (let i = 0; i < e.log.keys.length; i++) log.push(e.log.keys[i], e.log.writes[i], e.log.kinds[i], e.log.lines[i], e.log.names[i])
    tracker.opStart = at + e.opStart
  }
  site.interp.steps += e.steps
  site.interp.budget += e.budget
  return e.value
}

function freshCaches(info: CodeInfo): CodeInfo {
  const n = info.names.length
  return {
    ...info,
    names: info.names.slice(), consts: info.consts.slice(), paramNames: info.paramNames.slice(),
    gcache: { dict: new Float64Array(n), keys: new Float64Array(n), bkeys: new Float64Array(n), entry: new Float64Array(n), inGlobals: new Uint8Array(n) },
    acache: { cls: new Float64Array(n), version: new Float64Array(n).fill(-1), value: new Float64Array(n) },
  }
}
