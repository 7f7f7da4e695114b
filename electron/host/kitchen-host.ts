/// The host behind every front end (Electron main, the web host, the CLI):
/// levels, runs, saved runs, exports, progress and settings, kept in one
/// user data folder. `connect(sink)` gives one client its `KitchenApi`.

import { readFileSync, readdirSync, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { KitchenApi, LevelSummary, LevelView, PackInfo, OpenedRun, RunOutcome, RunRequest, Saved, Settings, HostEvent, VerdictView } from '../ipc/contract.ts'
import { DEFAULT_SETTINGS, isSettings } from '../ipc/contract.ts'
import { startRun } from './runner.ts'
import { defaultJudgeThread, JudgeStopped } from './judge-thread.ts'
import { makeRunFile, readRunFile, traceHash, type RunFile } from './runfile.ts'
import { writeAtomic, readJson } from './store.ts'
import { EMPTY_PROGRESS, checkProgress, recordClear, type Progress } from './progress.ts'
import { NO_LEVELS, type LevelCatalog } from './catalog.ts'
import { plainVerdict } from './verdict.ts'
import { readPack, PackError, PACK_EXT, type Pack } from './pack.ts'
import { catalogOf } from './levels.ts'
import { DEFAULT_MAX_STEPS } from '../levels/index.ts'

const MAX_STEPS = 2_000_000
const RUN_EXT = '.kitchenrun'

/// A settings file is whole once the defaults fill what an older version did
/// not have; a wrong value anywhere sets the file aside.
function checkSettings(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not an object'
  return isSettings({ ...DEFAULT_SETTINGS, ...v }) ? null : 'a setting has a value the kitchen does not know'
}

/// Levels played in order: the game's own, or one pack's.
interface Group {
  readonly pack: PackInfo | null
  readonly catalog: LevelCatalog
}

function packInfo(p: Pack): PackInfo {
  const f = p.file
  return { id: f.id, title: f.title, author: f.author, version: f.packVersion, description: f.description ?? null, levels: p.levels.length }
}

export interface HostOptions {
  /// The user data folder: progress.json, settings.json, runs/, exports/, packs/.
  readonly dataDir: string
  readonly catalog?: LevelCatalog
  /// Called with messages about damaged files that were set aside.
  readonly onRecovered?: (message: string) => void
}

export class KitchenHost {
  readonly dataDir: string
  private readonly catalog: LevelCatalog
  private progress: Progress
  private settings: Settings
  /// Runs going on (live or being judged), by id, for Stop.
  private readonly runs = new Map<string, { cancel(): void }>()
  private readonly packs = new Map<string, Group>()
  private nextRun = 1
  /// Messages about files that were damaged and set aside (shown once).
  readonly recovered: string[] = []

  constructor(opts: HostOptions) {
    this.dataDir = opts.dataDir
    this.catalog = opts.catalog ?? NO_LEVELS
    const p = readJson<Progress>(this.path('progress.json'), EMPTY_PROGRESS, checkProgress)
    const s = readJson<Settings>(this.path('settings.json'), DEFAULT_SETTINGS, checkSettings)
    this.progress = p.value
    this.settings = { ...DEFAULT_SETTINGS, ...s.value }
    const damaged = this.loadPacks()
    for (const m of [p.recovered, s.recovered, ...damaged]) if (m) { this.recovered.push(m); opts.onRecovered?.(m) }
  }

  /// The packs kept in packs/ (checked again: a file there may have been
  /// changed); a damaged one is set aside, like a damaged progress file.
  private loadPacks(): string[] {
    const dir = this.path('packs')
    if (!existsSync(dir)) return []
    const said: string[] = []
    for (const f of readdirSync(dir).filter((x) => x.endsWith(PACK_EXT)).sort()) {
      const path = join(dir, f)
      try {
        this.addPack(readPack(readFileSync(path, 'utf8'), f))
      } catch (e) {
        if (!(e instanceof PackError)) throw e
        const aside = `${f}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
        renameSync(path, join(dir, aside))
        said.push(`The level pack ${f} was damaged (${e.problems[0]}); it was kept as packs/${aside} and left out. Open the pack again to play it.`)
      }
    }
    return said
  }

  private addPack(p: Pack): PackInfo {
    const info = packInfo(p)
    this.packs.delete(info.id) // a new version goes to the end, as a new pack would
    this.packs.set(info.id, { pack: info, catalog: catalogOf(p.levels, `${info.id}/`) })
    return info
  }

  /// Checks a pack (its levels' solutions judged), keeps a copy in packs/ and offers its levels.
  async openPackText(name: string, text: string): Promise<PackInfo> {
    const pack = await defaultJudgeThread().checkPack(text, name)
    writeAtomic(this.path('packs', `${pack.file.id}${PACK_EXT}`), text)
    return this.addPack(pack)
  }

  listPacks(): PackInfo[] {
    return [...this.packs.values()].map((g) => g.pack!)
  }

  private groups(): Group[] {
    return [{ pack: null, catalog: this.catalog }, ...this.packs.values()]
  }

  /// The group a level is in (null: no such level).
  private groupOf(id: string): Group | null {
    return this.groups().find((g) => g.catalog.levels().some((l) => l.id === id)) ?? null
  }

  private path(...parts: string[]): string {
    return join(this.dataDir, ...parts)
  }

  /// The API for one client; `sink` receives that client's events.
  connect(sink: (e: HostEvent) => void): KitchenApi {
    for (const message of this.recovered) sink({ kind: 'progress-recovered', message })
    return {
      listLevels: async () => this.listLevels(),
      listPacks: async () => this.listPacks(),
      openPackText: (name, text) => this.openPackText(name, text),
      getLevel: async (id) => this.level(id),
      run: (req) => this.run(req, sink),
      cancel: async (id) => this.cancel(id),
      saveRun: async (text, name) => this.saveRun(text, name),
      listRuns: async () => this.listRuns(),
      openRun: async (name) => this.openRunText(name, readFileSync(this.runPath(name), 'utf8')),
      openRunText: async (name, text) => this.openRunText(name, text),
      exportPython: async (levelId, source) => this.exportPython(levelId, source),
      getSettings: async () => this.settings,
      saveSettings: async (s) => this.saveSettings(s),
    }
  }

  listLevels(): LevelSummary[] {
    return this.groups().flatMap((g) => this.summaries(g))
  }

  /// A group's levels: each opens when the one before it in the group is
  /// cleared (a group's first is always open). Progress is keyed by level id,
  /// and a pack's ids start with the pack's, so each pack keeps its own.
  private summaries(g: Group): LevelSummary[] {
    const levels = g.catalog.levels()
    return levels.map((l, i) => {
      const best = this.progress.cleared[l.id] ?? null
      const locked = i > 0 && !this.progress.cleared[levels[i - 1].id] && !best
      return { id: l.id, pack: g.pack?.id ?? null, chapter: l.chapter, title: l.title, locked, cleared: best !== null, best }
    })
  }

  level(id: string): LevelView {
    const l = this.groupOf(id)?.catalog.levels().find((x) => x.id === id)
    if (!l) throw new Error(`no level ${JSON.stringify(id)}`)
    this.refuseLocked(id)
    return l
  }

  /// A locked level is neither opened nor run, however it is asked for (a
  /// link, a typed address, a hand-made call): the error says what opens it.
  private refuseLocked(id: string): void {
    const g = this.groupOf(id)
    if (!g) return
    const levels = this.summaries(g)
    const i = levels.findIndex((x) => x.id === id)
    if (i <= 0 || !levels[i].locked) return
    const name = (k: number): string => `level ${k + 1}${g.pack ? ` of “${g.pack.title}”` : ''} “${levels[k].title}”`
    const open = levels.findIndex((x) => !x.locked && !x.cleared)
    const now = open >= 0 && open !== i - 1 ? ` (the level open now is ${name(open)})` : ''
    throw new Error(`${name(i)[0].toUpperCase()}${name(i).slice(1)} is locked: clear ${name(i - 1)} first${now}.`)
  }

  async run(req: RunRequest, sink: (e: HostEvent) => void): Promise<RunOutcome> {
    const runId = `run-${this.nextRun++}`
    let source = req.source
    let statements = 0
    let seed = req.seed ?? 1
    if (req.levelId !== null) {
      this.refuseLocked(req.levelId)
      try {
        ({ source, statements, seed } = (this.groupOf(req.levelId)?.catalog ?? this.catalog).assemble(req.levelId, req.source, req.placements))
      } catch (e) {
        const message = (e as Error).message
        const verdict: VerdictView = { passed: false, kind: 'refused', headline: 'This program cannot run in this level.', details: message.split('\n'), marks: [], certificate: null, counterexample: null, par: null }
        return { runId, levelId: req.levelId, source: req.source, exitCode: 2, stdout: '', stderr: message, time: 0, trace: [], verdict, runFile: '', stopped: false }
      }
    }
    const filename = req.levelId ? `${req.levelId}.py` : 'program.py'
    sink({ kind: 'run-started', runId })
    // a level's program gets the level judge's budget (as kitchen play does):
    // a never-ending one is told so in seconds, not after a 2M-step run
    const maxSteps = req.levelId !== null ? DEFAULT_MAX_STEPS : MAX_STEPS
    const handle = startRun({ source, filename, seed, maxSteps }, (events) => sink({ kind: 'run-events', runId, events }))
    // Stop reaches the run on the workers, then the judging on the judge thread
    const judging = new AbortController()
    this.runs.set(runId, { cancel: () => { handle.cancel(); judging.abort() } })
    try {
      const result = await handle.done
      // stopped by the player: show what happened, judge nothing, record nothing
      const stopped = (): RunOutcome => ({ runId, levelId: req.levelId, source, exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, time: result.time, trace: result.trace, verdict: null, runFile: '', stopped: true })
      if (handle.cancelled) return stopped()
      const runFile = makeRunFile(filename, source, seed, { time: 'virtual', maxSteps }, result)
      let verdict: VerdictView
      if (req.levelId === null) verdict = plainVerdict(result)
      else {
        sink({ kind: 'run-judging', runId, stdout: result.stdout, stderr: result.stderr })
        try {
          verdict = await this.groupOf(req.levelId)!.catalog.judge(req.levelId, source, result, statements, seed, judging.signal,
            (p) => sink({ kind: 'judge-progress', runId, schedules: p.schedules, bound: p.bound }))
        } catch (e) {
          if (e instanceof JudgeStopped) return stopped()
          throw e
        }
        if (verdict.passed) this.clear(req.levelId, result.time, statements)
      }
      return this.outcome(runId, req.levelId, runFile, result, verdict)
    } finally {
      this.runs.delete(runId)
    }
  }

  private outcome(runId: string, levelId: string | null, file: RunFile, r: { exitCode: number; stdout: string; stderr: string; time: number; trace: RunFile['trace'] }, verdict: VerdictView | null): RunOutcome {
    return {
      runId, levelId, source: file.program.source, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, time: r.time,
      trace: r.trace, verdict, runFile: JSON.stringify(file), stopped: false,
    }
  }

  private clear(id: string, time: number, statements: number): void {
    this.progress = recordClear(this.progress, id, time, statements)
    writeAtomic(this.path('progress.json'), JSON.stringify(this.progress, null, 2))
  }

  cancel(runId: string): boolean {
    const h = this.runs.get(runId)
    h?.cancel()
    return h !== undefined
  }

  private runPath(name: string): string {
    const file = name.endsWith(RUN_EXT) ? name : name + RUN_EXT
    return this.path('runs', file)
  }

  saveRun(text: string, name: string): Saved {
    readRunFile(text, name) // never save a file we would refuse to open
    const path = this.runPath(name)
    writeAtomic(path, text)
    return { name: path.slice(this.path('runs').length + 1), text }
  }

  listRuns(): string[] {
    const dir = this.path('runs')
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(RUN_EXT)).sort() : []
  }

  /// Checks a run file, replays it by its recording and says whether the
  /// replay gave the same trace.
  async openRunText(name: string, text: string): Promise<OpenedRun> {
    const file = readRunFile(text, name)
    const handle = startRun({ source: file.program.source, filename: file.program.filename, seed: file.seed, maxSteps: file.options.maxSteps, follow: file.recording }, () => {})
    const result = await handle.done
    const same = traceHash(result.trace) === file.traceHash
    const levelId = file.program.filename.replace(/\.py$/, '')
    const cat = this.groupOf(levelId)?.catalog
    const verdict = cat ? await cat.judge(levelId, file.program.source, result, cat.statements(levelId, file.program.source), file.seed) : plainVerdict(result)
    return { name, same, outcome: this.outcome(`open-${this.nextRun++}`, cat ? levelId : null, file, result, verdict) }
  }

  /// The program as a Python file that runs under python3 (with kitchen.py beside it).
  exportPython(levelId: string | null, source: string): Saved {
    const name = `${levelId?.replace('/', '-') ?? 'program'}.py`
    const text = `# Kitchen Sync: ${levelId ? `the fix for level ${levelId}` : 'a kitchen program'}.\n# Runs with python3 when kitchen.py (from the app) is beside it.\n${source.endsWith('\n') ? source : source + '\n'}`
    writeAtomic(this.path('exports', name), text)
    return { name, text }
  }

  saveSettings(s: Settings): Settings {
    this.settings = { ...s }
    writeAtomic(this.path('settings.json'), JSON.stringify(this.settings, null, 2))
    return this.settings
  }
}
