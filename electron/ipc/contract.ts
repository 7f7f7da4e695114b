/// The one typed API between the renderer and a host. The preload bridge
/// (Electron) and the WebSocket transport (web host) both implement it; the
/// host side checks every call with `checkCall` before it acts on it.
/// Pure: no Node, no DOM.

import type { TraceEvent } from '../engine/trace.ts'

export type { TraceEvent }

/// A teacher's level pack the player opened (its levels are listed with
/// `pack` set to its id, and their ids are `PACK/LEVEL`).
export interface PackInfo {
  readonly id: string
  readonly title: string
  readonly author: string
  readonly version: string
  readonly description: string | null
  readonly levels: number
}

/// A level as the level map lists it.
export interface LevelSummary {
  readonly id: string
  /// The pack it comes from, or null for the game's own levels.
  readonly pack: string | null
  readonly chapter: string
  readonly title: string
  readonly locked: boolean
  readonly cleared: boolean
  readonly best: { readonly time: number; readonly statements: number } | null
}

/// One place (slot) in a level's program where the player puts statements.
export interface PlaceView {
  readonly name: string
  /// 0-based index of the slot's line in `LevelView.lines`.
  readonly index: number
  readonly indent: string
}

export interface PaletteItem {
  readonly code: string
  /// How many times it may be placed.
  readonly count: number
  /// A few words about it.
  readonly label: string | null
}

/// Everything the level screen shows.
export interface LevelView {
  readonly id: string
  readonly chapter: string
  readonly title: string
  readonly story: string
  /// The one idea the level teaches.
  readonly idea: string
  /// The program's lines; the lines of `places` are where statements go.
  readonly lines: readonly string[]
  readonly places: readonly PlaceView[]
  readonly palette: readonly PaletteItem[]
  readonly hints: readonly string[]
  readonly par: { readonly time: number; readonly statements: number }
  /// The level that follows, or null for the last one.
  readonly next: string | null
}

/// What the player's program is: a level's program with places filled
/// (`placements`: place name -> statements), or a free program.
export interface RunRequest {
  readonly levelId: string | null
  readonly source: string
  readonly placements?: Readonly<Record<string, readonly string[]>>
  readonly seed?: number
}

/// A line the verdict points at, with why.
export interface Mark {
  readonly line: number
  readonly message: string
  readonly kind: 'error' | 'wait' | 'note'
}

export interface VerdictView {
  readonly passed: boolean
  /// 'cleared', 'deadlock', 'exception', 'goal', 'refuted', ...
  readonly kind: string
  readonly headline: string
  readonly details: readonly string[]
  readonly marks: readonly Mark[]
  /// The inspector's proof, for a cleared level.
  readonly certificate: { readonly schedules: number; readonly bound: number | null; readonly seconds: number } | null
  /// A run that shows the failure (the counterexample), to play in the kitchen.
  readonly counterexample: { readonly trace: readonly TraceEvent[]; readonly note: string } | null
  readonly par: { readonly time: number; readonly statements: number; readonly yourTime: number; readonly yourStatements: number; readonly stars: number } | null
}

/// A finished run, as the renderer sees it. `runFile` is the JSON text of
/// the .kitchenrun (saved as is; the renderer never edits it).
export interface RunOutcome {
  readonly runId: string
  readonly levelId: string | null
  readonly source: string
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly time: number
  readonly trace: readonly TraceEvent[]
  readonly verdict: VerdictView | null
  readonly runFile: string
  /// True when the player stopped the run: `trace` is what it did until then,
  /// and there is no verdict (a stopped run is not judged, saved or counted).
  readonly stopped: boolean
}

export interface Settings {
  readonly speed: number
  readonly reducedMotion: boolean
  readonly colourBlind: boolean
  readonly textSize: 'normal' | 'large' | 'larger'
}

export const DEFAULT_SETTINGS: Settings = { speed: 1, reducedMotion: false, colourBlind: false, textSize: 'normal' }

/// A run file the host read and checked, replayed to an identical trace.
export interface OpenedRun {
  readonly name: string
  /// True when the replay gave the recorded trace hash.
  readonly same: boolean
  readonly outcome: RunOutcome
}

/// A file a host wrote for the player.
export interface Saved {
  readonly name: string
  /// The text, for hosts (a browser) where the player downloads it.
  readonly text: string
}

/// Messages a host pushes to the renderer.
export type HostEvent =
  | { readonly kind: 'run-events'; readonly runId: string; readonly events: readonly TraceEvent[] }
  | { readonly kind: 'run-started'; readonly runId: string }
  /// The run ended and the judge (and the inspector) are at work on it; Stop still stops.
  | { readonly kind: 'run-judging'; readonly runId: string; readonly stdout: string; readonly stderr: string }
  /// How far the inspector has got with a run being judged (every 50 interleavings).
  | { readonly kind: 'judge-progress'; readonly runId: string; readonly schedules: number; readonly bound: number }
  | { readonly kind: 'open-run'; readonly run: OpenedRun }
  | { readonly kind: 'progress-recovered'; readonly message: string }
  /// A pack was opened outside the window (Electron's menu, a file association).
  | { readonly kind: 'open-pack'; readonly pack: PackInfo }

/// The API. Every method returns a promise; events arrive through `onEvent`.
export interface KitchenApi {
  listLevels(): Promise<LevelSummary[]>
  /// The packs the player opened, in the order the map shows them.
  listPacks(): Promise<PackInfo[]>
  /// Checks a .kitchenpack's text (every level loaded and its solutions
  /// judged) and keeps it; a pack with the same id is replaced, its progress
  /// kept. A damaged pack is refused with every problem, and nothing changes.
  openPackText(name: string, text: string): Promise<PackInfo>
  getLevel(id: string): Promise<LevelView>
  /// Runs a program; its events stream as 'run-events' while it runs.
  run(request: RunRequest): Promise<RunOutcome>
  /// Stops a live run (by the id of its 'run-started' event); its `run`
  /// call then resolves with `stopped: true`. False when no such run is going.
  cancel(runId: string): Promise<boolean>
  saveRun(runFile: string, name: string): Promise<Saved>
  listRuns(): Promise<string[]>
  /// Opens a saved run by name (from listRuns), checks and replays it.
  openRun(name: string): Promise<OpenedRun>
  /// Checks and replays a run file's text (a dropped or uploaded file).
  openRunText(name: string, text: string): Promise<OpenedRun>
  exportPython(levelId: string | null, source: string): Promise<Saved>
  getSettings(): Promise<Settings>
  saveSettings(settings: Settings): Promise<Settings>
}

export type Method = keyof KitchenApi
export type Args<M extends Method> = Parameters<KitchenApi[M]>
export type Result<M extends Method> = Awaited<ReturnType<KitchenApi[M]>>

/// A listener for host events (not part of the call interface: a transport
/// delivers them).
export type HostEventListener = (event: HostEvent) => void

// Argument shapes, checked on the host side of every transport.
type Check = (v: unknown) => boolean
const str: Check = (v) => typeof v === 'string' && v.length <= 1_000_000
const shortStr: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200
const fileName: Check = (v) => shortStr(v) && /^[\w .()-]+$/.test(v as string) && !(v as string).startsWith('.')
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const runRequest: Check = (v) => isObj(v)
  && (v.levelId === null || shortStr(v.levelId)) && str(v.source)
  && (v.seed === undefined || (Number.isInteger(v.seed) && (v.seed as number) >= 0))
  && (v.placements === undefined || (isObj(v.placements) && Object.values(v.placements).every((a) => Array.isArray(a) && a.every(str))))
/// Whether `v` is a whole Settings (what saveSettings takes and settings.json holds).
export const isSettings: Check = (v) => isObj(v)
  && typeof v.speed === 'number' && v.speed > 0 && v.speed <= 16
  && typeof v.reducedMotion === 'boolean' && typeof v.colourBlind === 'boolean'
  && ['normal', 'large', 'larger'].includes(v.textSize as string)
const levelId: Check = (v) => v === null || shortStr(v)

const SHAPES: { readonly [M in Method]: readonly Check[] } = {
  listLevels: [],
  listPacks: [],
  openPackText: [shortStr, str],
  getLevel: [shortStr],
  run: [runRequest],
  cancel: [shortStr],
  saveRun: [str, fileName],
  listRuns: [],
  openRun: [fileName],
  openRunText: [shortStr, str],
  exportPython: [levelId, str],
  getSettings: [],
  saveSettings: [isSettings],
}

/// The names of the API's methods (what a transport may call).
export const METHODS = Object.keys(SHAPES) as Method[]

/// Null when `method(...args)` is a well-formed call, else what is wrong.
export function checkCall(method: unknown, args: unknown): string | null {
  if (typeof method !== 'string' || !Object.hasOwn(SHAPES, method)) return `unknown method ${JSON.stringify(method)}`
  const shape = SHAPES[method as Method]
  if (!Array.isArray(args) || args.length !== shape.length) return `${method}: expects ${shape.length} argument(s)`
  const bad = shape.findIndex((check, i) => !check(args[i]))
  return bad < 0 ? null : `${method}: argument ${bad + 1} is not valid`
}

/// The WebSocket wire format: the renderer calls, the host answers and pushes.
export type ClientMessage = { readonly type: 'call'; readonly id: number; readonly method: Method; readonly args: unknown[] }
export type ServerMessage =
  | { readonly type: 'result'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'result'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly type: 'event'; readonly event: HostEvent }

/// The channel names the Electron preload uses (one for calls, one for events).
export const IPC_CALL = 'kitchen:call'
export const IPC_EVENT = 'kitchen:event'
