/// The kitchen at one moment: a pure function of a laid-out trace and the
/// playhead (display seconds). Live play, replay, stepping, scrubbing and
/// counterexamples all draw what `sceneAt` returns.

import { segmentAt, eventIndexAt, type TraceModel, type ThreadInfo, type StationId, type Segment, type LaneState } from './trace-model.ts'

/// The kitchen's floor plan, in scene units (the canvas scales it).
export const KITCHEN = { width: 960, height: 540 }
export const STATION_SPOTS: Record<StationId, { x: number; y: number; label: string }> = {
  oven: { x: 150, y: 92, label: 'Oven' },
  stove: { x: 370, y: 92, label: 'Stove' },
  prep: { x: 590, y: 92, label: 'Prep table' },
  pass: { x: 815, y: 92, label: 'The pass' },
}
/// Where cooks stand at a station: low enough that a head does not cover the station's name plate
const WORK_Y = 224
/// Lock doors down the right wall; two (the most a level has) sit far enough
/// apart that the first's "held by" line stays clear of the second's name.
const DOOR = { x: 905, y: 250, gap: 140, span: 240 }
const SIGN = { x: 60, y: 260, gap: 120 }
const JOIN_SPOT = { x: 740, y: 300 }
/// Display seconds a cook takes to walk to a new spot.
export const WALK = 0.35

export interface CookView {
  readonly ident: number
  readonly name: string
  readonly role: ThreadInfo['role']
  readonly index: number
  readonly x: number
  readonly y: number
  readonly state: LaneState
  readonly line: number
  /// 0..1 through the current action, or null.
  readonly progress: number | null
  readonly action: { readonly name: string; readonly dish: string; readonly station: StationId } | null
  /// What the cook waits on, in words, or null.
  readonly bubble: string | null
  /// The words of its speech bubble (what it does or waits on), or null. Cooks
  /// side by side saying the same thing share one bubble: the first says
  /// it for all ("chops onion ×4"), the others say nothing.
  readonly says: string | null
}

export interface DoorView { readonly obj: number; readonly label: string; readonly x: number; readonly y: number; readonly holder: string | null; readonly queue: number }
export interface SignView { readonly obj: number; readonly label: string; readonly kind: 'condition' | 'event' | 'semaphore' | 'barrier' | 'queue'; readonly x: number; readonly y: number; readonly on: boolean; readonly waiting: number; readonly rang: 'heard' | 'lost' | null }
export interface StationView { readonly id: StationId; readonly label: string; readonly x: number; readonly y: number; readonly busy: number; readonly progress: number | null }

export interface Scene {
  readonly p: number
  /// Kitchen time in seconds at the playhead.
  readonly time: number
  /// Index of the last event shown (-1 before the first).
  readonly eventIndex: number
  readonly cooks: readonly CookView[]
  readonly stations: readonly StationView[]
  readonly doors: readonly DoorView[]
  readonly signs: readonly SignView[]
  readonly served: readonly string[]
  readonly ended: boolean
  readonly deadlocked: boolean
  /// The player stopped the run here (no verdict: it did not end by itself).
  readonly stopped: boolean
}

/// Where a cook stands when nothing calls it elsewhere.
export function homeOf(index: number, count: number): { x: number; y: number } {
  const perRow = Math.min(9, Math.max(1, count))
  const row = Math.floor(index / perRow)
  const col = index % perRow
  // between the queues at the signs (left wall) and at the doors (right wall)
  const span = 480
  const x = 240 + (perRow === 1 ? span / 2 : (col * span) / (perRow - 1))
  return { x, y: 355 + row * 85 + (col % 2) * 10 }
}

/// Locks and semaphores are doors on the right wall; every other object is a sign on the left.
function isDoor(o: { readonly kind: string }): boolean {
  return o.kind === 'lock' || o.kind === 'semaphore'
}

/// The distance between doors when there are `n`: closer together when more must fit.
function doorSpacing(n: number): number {
  return Math.min(DOOR.gap, DOOR.span / Math.max(1, n - 1))
}

function waitingText(seg: Segment): string | null {
  const w = seg.wait
  if (!w) return null
  switch (w.kind) {
    case 'lock': return `waits for ${w.label}`
    case 'condition': return `waits on ${w.label}`
    case 'event': return `waits for ${w.label}`
    case 'join': return 'waits at join()'
    case 'queue': return `waits for the ${w.label.toLowerCase()}`
    case 'sleep': return w.label
    default: return `waits at ${w.label}`
  }
}

interface Placed { seg: Segment; x: number; y: number }

/// The cooks who stand together: at one station, at join(), or queued on one
/// object (null: a cook on its own, at home or asleep).
function groupOf(s: Segment): string | null {
  if (s.state === 'working') return `st:${s.action!.station}`
  if (s.state === 'joining') return 'join'
  return s.wait && s.wait.kind !== 'sleep' && s.wait.kind !== 'join' ? `ob:${s.wait.obj}` : null
}

/// Every cook's spot at `p`, without walking.
function place(m: TraceModel, p: number): Map<number, Placed> {
  const out = new Map<number, Placed>()
  const live = m.threads.filter((t) => t.born <= p)
  const segs = new Map(live.map((t) => [t.ident, segmentAt(t, p).seg]))
  // queues in order of arrival: at stations, doors and signs
  const groups = new Map<string, ThreadInfo[]>()
  for (const t of live) {
    const s = segs.get(t.ident)!
    const key = groupOf(s)
    if (key) groups.set(key, [...(groups.get(key) ?? []), t])
  }
  for (const g of groups.values()) g.sort((a, b) => segs.get(a.ident)!.start - segs.get(b.ident)!.start || a.index - b.index)
  const doorOf = new Map(m.objects.filter(isDoor).map((o, i) => [o.obj, i]))
  const doorGap = doorSpacing(doorOf.size)
  const signOf = new Map(m.objects.filter((o) => !isDoor(o)).map((o, i) => [o.obj, i]))
  for (const t of live) {
    const s = segs.get(t.ident)!
    const home = homeOf(t.index, m.threads.length)
    let x = home.x
    let y = home.y
    if (s.state === 'working') {
      const g = groups.get(`st:${s.action!.station}`)!
      const k = g.indexOf(t)
      const spot = STATION_SPOTS[s.action!.station]
      x = spot.x + (k - (g.length - 1) / 2) * 46
      y = WORK_Y + (k % 2) * 14
    } else if (s.state === 'joining') {
      // side by side when several wait at join() at once
      const g = groups.get('join')!
      x = JOIN_SPOT.x + (g.indexOf(t) - (g.length - 1) / 2) * 46
      y = JOIN_SPOT.y
    } else if (s.wait && s.wait.kind !== 'sleep' && s.wait.obj !== null) {
      const g = groups.get(`ob:${s.wait.obj}`) ?? [t]
      const k = g.indexOf(t)
      if (doorOf.has(s.wait.obj)) {
        x = DOOR.x - 60 - k * 38
        y = DOOR.y + doorOf.get(s.wait.obj)! * doorGap + 10
      } else {
        x = SIGN.x + 70 + k * 38
        y = SIGN.y + (signOf.get(s.wait.obj) ?? 0) * SIGN.gap + 10
      }
    }
    out.set(t.ident, { seg: s, x, y })
  }
  return out
}

function kitchenTime(m: TraceModel, p: number, i: number): number {
  if (i < 0) return 0
  const e = m.events[i]
  const next = m.events[i + 1]
  if (!next || next.time === e.time) return e.time
  const span = m.at[i + 1] - m.at[i]
  return span > 0 ? e.time + ((next.time - e.time) * Math.min(1, (p - m.at[i]) / span)) : e.time
}

const ease = (u: number): number => u * u * (3 - 2 * u)
/// Display seconds a notify shows on its sign.
export const RING = 1.2

function rangAt(rings: readonly (readonly [number, number])[], p: number): 'heard' | 'lost' | null {
  let r: 'heard' | 'lost' | null = null
  for (const [at, woken] of rings) { if (at > p) break; if (p - at <= RING) r = woken > 0 ? 'heard' : 'lost' }
  return r
}

/// Cooks who stand together (`groupOf`) and say the same thing say it once,
/// with how many they are.
function shareBubbles(cooks: CookView[], placed: Map<number, Placed>): void {
  const first = new Map<string, number>()
  const count = new Map<string, number>()
  const keys = cooks.map((c) => {
    const group = groupOf(placed.get(c.ident)!.seg)
    if (group === null || c.says === null) return null
    const key = `${group}\n${c.says}`
    if (!first.has(key)) first.set(key, c.ident)
    count.set(key, (count.get(key) ?? 0) + 1)
    return key
  })
  cooks.forEach((c, i) => {
    const key = keys[i]
    if (key === null || count.get(key)! < 2) return
    cooks[i] = { ...c, says: first.get(key) === c.ident ? `${c.says} ×${count.get(key)}` : null }
  })
}

/// The kitchen at display time `p`. With `reducedMotion`, cooks step to
/// their spots instead of walking.
export function sceneAt(m: TraceModel, p: number, reducedMotion = false): Scene {
  const now = place(m, p)
  const before = new Map<number, Map<number, Placed>>()
  const cooks: CookView[] = []
  for (const t of m.threads) {
    const here = now.get(t.ident)
    if (!here) continue
    let { x, y } = here
    const walked = p - here.seg.start
    if (!reducedMotion && walked < WALK && here.seg.start > t.born) {
      const from = before.get(here.seg.start) ?? place(m, here.seg.start - 1e-9)
      before.set(here.seg.start, from)
      const f = from.get(t.ident)
      if (f) {
        const u = ease(Math.max(0, walked) / WALK)
        x = f.x + (x - f.x) * u
        y = f.y + (y - f.y) * u
      }
    }
    const s = here.seg
    const progress = s.state === 'working' && s.end > s.start ? Math.min(1, Math.max(0, (p - s.start) / (s.end - s.start))) : null
    const bubble = waitingText(s)
    cooks.push({
      ident: t.ident, name: t.name, role: t.role, index: t.index, x, y, state: s.state, line: s.line,
      progress, action: s.action ?? null, bubble, says: s.state === 'working' && s.action ? `${s.action.name}s ${s.action.dish}` : bubble,
    })
  }
  shareBubbles(cooks, now)
  const stations: StationView[] = (Object.keys(STATION_SPOTS) as StationId[]).map((id) => {
    const at = cooks.filter((c) => c.state === 'working' && c.action?.station === id)
    return { id, ...STATION_SPOTS[id], busy: at.length, progress: at.length ? Math.max(...at.map((c) => c.progress ?? 0)) : null }
  })
  const nameOf = new Map(m.threads.map((t) => [t.ident, t.name]))
  const valueAt = (changes: readonly (readonly [number, number | null])[]): number | null => {
    let v: number | null = null
    for (const [when, val] of changes) { if (when > p) break; v = val }
    return v
  }
  const waitingOn = (obj: number): number => cooks.filter((c) => {
    const s = now.get(c.ident)!.seg
    return s.wait?.obj === obj
  }).length
  const doorObjects = m.objects.filter(isDoor)
  const doors: DoorView[] = doorObjects.map((o, i) => {
    const h = valueAt(o.changes)
    return { obj: o.obj, label: o.label, x: DOOR.x, y: DOOR.y + i * doorSpacing(doorObjects.length), holder: h === null ? null : nameOf.get(h) ?? null, queue: waitingOn(o.obj) }
  })
  const signs: SignView[] = m.objects.filter((o) => !isDoor(o)).map((o, i) => ({
    obj: o.obj, label: o.label, kind: o.kind as SignView['kind'], x: SIGN.x, y: SIGN.y + i * SIGN.gap, on: valueAt(o.changes) !== null, waiting: waitingOn(o.obj),
    rang: rangAt(o.rings, p),
  }))
  const eventIndex = eventIndexAt(m, p)
  const ended = m.ending !== 'running' && p >= m.duration
  return {
    p, time: kitchenTime(m, p, eventIndex), eventIndex, cooks, stations, doors, signs,
    served: m.served.filter((s) => s.at <= p).map((s) => s.dish),
    ended, deadlocked: ended && m.ending === 'deadlock', stopped: ended && m.ending === 'stopped',
  }
}
