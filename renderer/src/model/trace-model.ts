/// A trace laid out for playback: every event gets a display time (kitchen
/// seconds stretched so that events at the same kitchen time still follow
/// one another), every thread a list of state segments, and every wake-up
/// an arrow from the notify/set/release that caused it. Built once per
/// trace; the scene and the timeline are read from it. Pure data.

import type { TraceEvent } from '../../../electron/ipc/contract.ts'

/// Display seconds between two events at the same kitchen time.
export const TICK = 0.18
/// Display seconds per kitchen second.
export const SECOND = 1

export type LaneState = 'running' | 'working' | 'blocked' | 'waiting' | 'sleeping' | 'joining' | 'done'
export type StationId = 'oven' | 'stove' | 'prep' | 'pass'
export type WaitKind = 'lock' | 'condition' | 'event' | 'join' | 'semaphore' | 'barrier' | 'queue' | 'sleep'

export interface Segment {
  readonly start: number
  readonly end: number
  readonly state: LaneState
  /// The source line the thread is at.
  readonly line: number
  /// For 'working': the action, its dish and station.
  readonly action?: { readonly name: string; readonly dish: string; readonly station: StationId }
  /// For waiting states: what it waits on.
  readonly wait?: { readonly kind: WaitKind; readonly obj: number | null; readonly label: string }
}

export interface ThreadInfo {
  readonly ident: number
  readonly name: string
  /// 0 for the main thread, then in order of appearance.
  readonly index: number
  readonly role: 'chef' | 'assistant' | 'runner' | 'cook'
  /// Display time it appears.
  readonly born: number
  readonly segments: readonly Segment[]
}

export interface Arrow {
  readonly kind: 'notify' | 'set' | 'release' | 'join'
  readonly fromThread: number
  readonly fromAt: number
  readonly toThread: number
  readonly toAt: number
}

/// A sync object the kitchen shows (a lock's door, a condition's Ready
/// sign, an event's starter pistol), named in order of appearance.
export interface SyncObject {
  readonly obj: number
  readonly kind: 'lock' | 'condition' | 'event' | 'semaphore' | 'barrier' | 'queue'
  readonly label: string
  /// [display time, holder ident or null] for locks; [time, is set] for events.
  readonly changes: readonly (readonly [number, number | null])[]
  /// [display time, waiters woken] of each notify (0: nobody was waiting).
  readonly rings: readonly (readonly [number, number])[]
}

export interface TraceModel {
  readonly events: readonly TraceEvent[]
  /// Display time of each event (same index as `events`).
  readonly at: readonly number[]
  readonly threads: readonly ThreadInfo[]
  readonly arrows: readonly Arrow[]
  readonly objects: readonly SyncObject[]
  readonly served: readonly { readonly at: number; readonly dish: string; readonly thread: number }[]
  readonly duration: number
  /// How the run ended: 'exit', 'deadlock', 'stopped' (the player stopped
  /// it), or 'running' (still streaming).
  readonly ending: 'exit' | 'deadlock' | 'stopped' | 'running'
}

const STATION_OF: Record<string, StationId> = { bake: 'oven', cook: 'stove', chop: 'prep', plate: 'pass' }
const STATIONS = new Set<string>(['oven', 'stove', 'prep', 'pass'])
const SYNC_KINDS = new Set(['set', 'notify', 'clear', 'wait', 'wake', 'event-wait', 'acquire', 'release', 'block'])
/// Kinds that do not take a tick of their own on screen.
const SILENT = new Set(['switch', 'thread-name'])

function stationOf(action: string, station: unknown): StationId {
  if (typeof station === 'string' && STATIONS.has(station)) return station as StationId
  return STATION_OF[action] ?? 'stove'
}

function roleOf(name: string, index: number): ThreadInfo['role'] {
  if (index === 0) return 'chef'
  const n = name.toLowerCase()
  if (n.includes('runner') || n.includes('waiter') || n.includes('server')) return 'runner'
  if (n.includes('assist') || n.includes('dessert') || n.includes('bake')) return 'assistant'
  return 'cook'
}

/// Objects the kitchen's own library signals with no line of the program
/// under it (a set/notify at line 0). Thread.start()'s handshake leaves no
/// trace at all (threading.py's _StartLatch).
function libraryObjects(trace: readonly TraceEvent[]): Set<number> {
  const objs = new Set<number>()
  for (const e of trace) {
    if (e.obj === null || !SYNC_KINDS.has(e.kind)) continue
    if ((e.kind === 'set' || e.kind === 'notify') && e.line === 0) objs.add(e.obj)
  }
  // the condition inside such an event is notified right after its set
  for (let i = 1; i < trace.length; i++) {
    const a = trace[i - 1]
    const b = trace[i]
    if (a.kind === 'event-wait' && a.obj !== null && objs.has(a.obj) && b.kind === 'wait' && b.obj !== null) objs.add(b.obj)
  }
  return objs
}

/// Operations of the library's objects that notify their own condition next.
const LIBRARY_NOTIFIERS = new Set(['queue-put', 'queue-get', 'set', 'sem-release', 'barrier-pass', 'barrier-wait'])

interface Open { state: LaneState; start: number; line: number; action?: Segment['action']; wait?: Segment['wait'] }

/// Lays out a trace (possibly still growing: pass `ended` false).
/// `stopped`: the trace ends where the player stopped the run (it will not grow).
export function buildModel(trace: readonly TraceEvent[], stopped = false): TraceModel {
  const lib = libraryObjects(trace)
  // conditions inside an Event, Semaphore, Barrier or Queue: their waits name their owner
  const owned = new Set(trace.filter((e) => e.kind === 'wait' && typeof e.detail === 'string' && e.obj !== null).map((e) => e.obj!))
  const at: number[] = []
  let clock = 0
  let lastTime = 0
  let first = true
  const visible = (e: TraceEvent): boolean => !SILENT.has(e.kind) && !(e.obj !== null && lib.has(e.obj) && SYNC_KINDS.has(e.kind))
  for (const e of trace) {
    if (visible(e)) {
      if (!first) clock += Math.max(TICK, (e.time - lastTime) * SECOND)
      first = false
      lastTime = e.time
    }
    at.push(clock)
  }

  const names = new Map<number, string>()
  const order: number[] = []
  const born = new Map<number, number>()
  const open = new Map<number, Open>()
  const segs = new Map<number, Segment[]>()
  const pendingEvent = new Map<number, TraceEvent>()
  const objKinds = new Map<number, SyncObject['kind']>()
  const changes = new Map<number, [number, number | null][]>()
  const rings = new Map<number, [number, number][]>()
  const served: { at: number; dish: string; thread: number }[] = []
  const arrows: Arrow[] = []
  const lastNotify = new Map<number, { thread: number; at: number; kind: 'notify' | 'set' }>()
  const lastRelease = new Map<number, { thread: number; at: number }>()
  const lastEnd: { thread: number; at: number }[] = []
  const eventFor = new Map<number, number>() // inner condition -> its Event
  let ending: TraceModel['ending'] = 'running'
  const prevKind = new Map<number, string>()

  const label = (obj: number | null, kind: SyncObject['kind']): string => {
    if (obj === null) return kind
    if (!objKinds.has(obj)) { objKinds.set(obj, kind); changes.set(obj, []) }
    const same = [...objKinds].filter(([, k]) => k === kind)
    const n = same.findIndex(([o]) => o === obj)
    const word = { lock: 'Lock', condition: 'Ready sign', event: 'Starter pistol', semaphore: 'Burners', barrier: 'Barrier', queue: 'Tray' }[kind]
    return same.length > 1 || n > 0 ? `${word} ${String.fromCharCode(65 + n)}` : word
  }
  const close = (t: number, end: number): void => {
    const o = open.get(t)
    if (o && end >= o.start) {
      const list = segs.get(t)!
      const seg: Segment = { start: o.start, end, state: o.state, line: o.line, ...(o.action ? { action: o.action } : {}), ...(o.wait ? { wait: o.wait } : {}) }
      if (end > o.start || list.length === 0 || o.state !== 'running') list.push(seg)
    }
  }
  const become = (t: number, now: number, next: Omit<Open, 'start'>): void => {
    const o = open.get(t)
    if (o && o.state === next.state && o.action === next.action && o.wait?.obj === next.wait?.obj && o.wait?.kind === next.wait?.kind) { o.line = next.line || o.line; return }
    close(t, now)
    open.set(t, { ...next, start: now })
  }

  for (let i = 0; i < trace.length; i++) {
    const e = trace[i]
    const now = at[i]
    const t = e.thread
    if (!segs.has(t)) {
      segs.set(t, [])
      order.push(t)
      born.set(t, now)
      open.set(t, { state: 'running', start: now, line: e.line })
    }
    if ((e.kind === 'thread-start' || e.kind === 'thread-name') && typeof e.detail === 'string') names.set(t, e.detail)
    if (e.kind === 'exit') { ending = 'exit'; continue }
    if (e.kind === 'deadlock') { ending = 'deadlock'; continue }
    if (e.kind === 'switch' || e.kind === 'thread-name') continue
    const cur = open.get(t)!
    if (cur.state === 'done') continue
    const isLib = e.obj !== null && lib.has(e.obj) && SYNC_KINDS.has(e.kind)
    if (isLib) continue
    const before = prevKind.get(t)
    prevKind.set(t, e.kind)
    // the lock a library condition releases while it waits is the library's too
    if (e.kind === 'release' && before === 'wait' && cur.wait && cur.wait.kind !== 'condition') continue
    const line = e.line || cur.line
    const d = e.detail as Record<string, unknown> | undefined
    switch (e.kind) {
      case 'action-start': {
        const name = String(d?.action ?? 'cook')
        become(t, now, { state: 'working', line, action: { name, dish: String(d?.dish ?? ''), station: stationOf(name, d?.station) } })
        break
      }
      case 'block':
        become(t, now, { state: 'blocked', line, wait: { kind: 'lock', obj: e.obj, label: label(e.obj, 'lock') } })
        break
      case 'acquire':
        label(e.obj, 'lock')
        if (e.obj !== null) changes.get(e.obj)!.push([now, t])
        if (cur.state === 'blocked' && e.obj !== null) {
          const r = lastRelease.get(e.obj)
          if (r && r.thread !== t) arrows.push({ kind: 'release', fromThread: r.thread, fromAt: r.at, toThread: t, toAt: now })
        }
        if (cur.state !== 'waiting') become(t, now, { state: 'running', line })
        break
      case 'release':
        label(e.obj, 'lock')
        if (e.obj !== null) { changes.get(e.obj)!.push([now, null]); lastRelease.set(e.obj, { thread: t, at: now }) }
        break
      case 'event-wait':
        pendingEvent.set(t, e)
        label(e.obj, 'event')
        break
      case 'wait': {
        const ev = pendingEvent.get(t)
        pendingEvent.delete(t)
        // the library says whose condition it is (event, queue, semaphore, barrier)
        const owner = typeof e.detail === 'string' ? e.detail : null
        if ((owner === 'semaphore' || owner === 'barrier') && cur.state !== 'running') break
        if (owner === 'queue') {
          become(t, now, { state: 'waiting', line, wait: { kind: 'queue', obj: e.obj, label: label(e.obj, 'queue') } })
        } else if (ev && ev.obj !== null && e.obj !== null) {
          eventFor.set(e.obj, ev.obj)
          become(t, now, { state: 'waiting', line, wait: { kind: 'event', obj: ev.obj, label: label(ev.obj, 'event') } })
        } else {
          become(t, now, { state: 'waiting', line, wait: { kind: 'condition', obj: e.obj, label: label(e.obj, 'condition') } })
        }
        break
      }
      case 'wake':
      case 'timeout': {
        if (e.obj !== null) {
          const n = lastNotify.get(eventFor.get(e.obj) ?? e.obj) ?? lastNotify.get(e.obj)
          if (n && n.thread !== t && e.kind === 'wake') arrows.push({ kind: n.kind, fromThread: n.thread, fromAt: n.at, toThread: t, toAt: now })
        }
        become(t, now, { state: 'running', line })
        break
      }
      case 'notify':
        if (e.obj !== null) {
          const ev = eventFor.get(e.obj)
          // an Event's set is followed by its inner notify: the arrow starts at the set
          if (!(ev !== undefined && lastNotify.get(ev)?.at === now)) lastNotify.set(e.obj, { thread: t, at: now, kind: 'notify' })
          // a put/get/set/release/barrier notifies the library's own condition: no Ready sign for it
          if (!owned.has(e.obj) && !LIBRARY_NOTIFIERS.has(before ?? '')) {
            label(e.obj, 'condition')
            rings.set(e.obj, [...(rings.get(e.obj) ?? []), [now, Number(e.detail ?? 0)]])
          }
        }
        break
      case 'set':
        if (e.obj !== null) {
          label(e.obj, 'event')
          changes.get(e.obj)!.push([now, 1])
          lastNotify.set(e.obj, { thread: t, at: now, kind: 'set' })
        }
        break
      case 'clear':
        if (e.obj !== null) { label(e.obj, 'event'); changes.get(e.obj)!.push([now, null]) }
        break
      case 'sleep':
        become(t, now, { state: 'sleeping', line, wait: { kind: 'sleep', obj: null, label: `time.sleep(${e.detail === undefined ? '' : String(e.detail)})` } })
        break
      case 'join':
        become(t, now, { state: 'joining', line, wait: { kind: 'join', obj: e.obj, label: 'join()' } })
        break
      case 'joined': {
        const ended = lastEnd[lastEnd.length - 1]
        if (ended && ended.thread !== t) arrows.push({ kind: 'join', fromThread: ended.thread, fromAt: ended.at, toThread: t, toAt: now })
        become(t, now, { state: 'running', line })
        break
      }
      case 'sem-block':
        become(t, now, { state: 'blocked', line, wait: { kind: 'semaphore', obj: e.obj, label: label(e.obj, 'semaphore') } })
        break
      case 'barrier-wait':
        become(t, now, { state: 'waiting', line, wait: { kind: 'barrier', obj: e.obj, label: label(e.obj, 'barrier') } })
        break
      case 'serve':
        served.push({ at: now, dish: String(e.detail ?? ''), thread: t })
        break
      case 'thread-end':
        lastEnd.push({ thread: t, at: now })
        become(t, now, { state: 'done', line: cur.line })
        break
      default:
        // action-end, sem-acquire, barrier-pass, print, queue-*: back to work
        if (cur.state === 'working' || cur.state === 'sleeping' || e.kind === 'sem-acquire' || e.kind === 'barrier-pass') become(t, now, { state: 'running', line })
        else cur.line = line
    }
  }
  if (stopped && ending === 'running') ending = 'stopped'
  const duration = at.length ? at[at.length - 1] + (ending === 'running' ? 0 : TICK) : 0
  const threads: ThreadInfo[] = order.map((t, index) => {
    close(t, Math.max(duration, open.get(t)!.start))
    const name = names.get(t) ?? (index === 0 ? 'MainThread' : `Thread ${t}`)
    // labels are final only now that every object has been seen
    const segments = segs.get(t)!.map((sg) => sg.wait && sg.wait.obj !== null && objKinds.has(sg.wait.obj)
      ? { ...sg, wait: { ...sg.wait, label: label(sg.wait.obj, objKinds.get(sg.wait.obj)!) } } : sg)
    return { ident: t, name, index, role: roleOf(name, index), born: born.get(t)!, segments }
  })
  const objects: SyncObject[] = [...objKinds].map(([obj, kind]) => ({ obj, kind, label: label(obj, kind), changes: changes.get(obj) ?? [], rings: rings.get(obj) ?? [] }))
  return { events: trace, at, threads, arrows, objects, served, duration, ending }
}

/// The segment of a thread at display time `p` (the first one before it is born).
export function segmentAt(th: ThreadInfo, p: number): { seg: Segment; index: number } {
  const s = th.segments
  let lo = 0
  let hi = s.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (s[mid].start <= p) lo = mid
    else hi = mid - 1
  }
  return { seg: s[lo], index: lo }
}

/// Index of the last event at or before display time `p` (-1 before the first).
export function eventIndexAt(m: TraceModel, p: number): number {
  let lo = -1
  let hi = m.at.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (m.at[mid] <= p) lo = mid
    else hi = mid - 1
  }
  return lo
}
