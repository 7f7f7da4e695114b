// The host behind every front end: atomic progress with recovery, saved
// runs checked before they are written, exact replay, level runs judged.
import { describe, it, expect } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KitchenHost } from '../../electron/host/kitchen-host.ts'
import { loadCatalog } from '../../electron/host/levels.ts'
import { writeAtomic } from '../../electron/host/store.ts'
import { DEFAULT_SETTINGS, type HostEvent } from '../../electron/ipc/contract.ts'
import { traceIdentity } from '../../electron/engine/trace.ts'

const fresh = (): string => mkdtempSync(join(tmpdir(), 'kitchen-host-'))
const catalog = loadCatalog(join(import.meta.dirname, '..', '..', 'levels'))
/// A user data folder where every level before `id` is cleared (so `id` is open).
const openUpTo = (id: string): string => {
  const dir = fresh()
  const ids = catalog.levels().map((l) => l.id)
  const cleared = Object.fromEntries(ids.slice(0, ids.indexOf(id)).map((l) => [l, { time: 1, statements: 1 }]))
  writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, cleared }))
  return dir
}

describe('KitchenHost', () => {
  it('lists the levels in order with the first one open and the rest locked', () => {
    const host = new KitchenHost({ dataDir: fresh(), catalog })
    const levels = host.listLevels()
    expect(levels.length).toBeGreaterThanOrEqual(3)
    expect(levels[0]).toMatchObject({ id: 'dessert', locked: false, cleared: false, best: null })
    expect(levels.slice(1).every((l) => l.locked)).toBe(true)
  })

  it('clears a level, streams its events, and keeps the best in progress.json', async () => {
    const dir = fresh()
    const host = new KitchenHost({ dataDir: dir, catalog })
    const events: HostEvent[] = []
    const api = host.connect((e) => events.push(e))
    const out = await api.run({ levelId: 'dessert', source: '', placements: { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] } })
    expect(out.verdict?.passed).toBe(true)
    expect(out.verdict?.par).toMatchObject({ yourTime: 7, yourStatements: 2, time: 7, statements: 2, stars: 3 })
    const streamed = events.flatMap((e) => (e.kind === 'run-events' && e.runId === out.runId ? e.events : []))
    expect(streamed).toEqual(out.trace)
    const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'))
    expect(progress.cleared.dessert).toEqual({ time: 7, statements: 2 })
    // a new host over the same folder sees it; the next level opens
    const again = new KitchenHost({ dataDir: dir, catalog }).listLevels()
    expect(again[0]).toMatchObject({ cleared: true, best: { time: 7, statements: 2 } })
    expect(again[1].locked).toBe(false)
    // no temporary files are left behind
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses placements outside the palette without running them', async () => {
    const api = new KitchenHost({ dataDir: fresh(), catalog }).connect(() => {})
    const out = await api.run({ levelId: 'dessert', source: '', placements: { hire: ['import os'] } })
    expect(out.verdict).toMatchObject({ passed: false, kind: 'refused' })
    expect(out.verdict?.details.join(' ')).toContain("'import os' is not in the palette")
    expect(out.trace).toEqual([])
  })

  it('a blocked kitchen is judged a deadlock with the waiting lines marked', async () => {
    const api = new KitchenHost({ dataDir: openUpTo('join-too-early'), catalog }).connect(() => {})
    const out = await api.run({ levelId: 'join-too-early', source: '', placements: { early: ['helper.join()'] } })
    expect(out.verdict).toMatchObject({ passed: false, kind: 'deadlock' })
    expect(out.exitCode).toBe(3)
    expect(out.verdict!.marks.map((m) => m.kind)).toContain('wait')
  })

  it('sets a damaged progress file aside and says so', () => {
    const dir = fresh()
    writeFileSync(join(dir, 'progress.json'), '{"version": 1, "cleared": ')
    const seen: string[] = []
    const host = new KitchenHost({ dataDir: dir, catalog, onRecovered: (m) => seen.push(m) })
    expect(host.listLevels()[0].cleared).toBe(false)
    expect(seen[0]).toMatch(/^progress\.json was damaged \(not JSON .*\); it was kept as progress\.json\.damaged-/)
    expect(readdirSync(dir).some((f) => f.startsWith('progress.json.damaged-'))).toBe(true)
    const events: HostEvent[] = []
    host.connect((e) => events.push(e))
    expect(events[0]).toMatchObject({ kind: 'progress-recovered' })
  })

  it('keeps an older settings file (the defaults fill what it lacks) and sets aside one with a value it does not know', async () => {
    const older = fresh()
    writeFileSync(join(older, 'settings.json'), '{"speed": 2, "reducedMotion": true, "colourBlind": false}')
    const seen: string[] = []
    const api = new KitchenHost({ dataDir: older, catalog, onRecovered: (m) => seen.push(m) }).connect(() => {})
    expect(await api.getSettings()).toEqual({ speed: 2, reducedMotion: true, colourBlind: false, textSize: 'normal' })
    expect(seen).toEqual([])
    const wrong = fresh()
    writeFileSync(join(wrong, 'settings.json'), '{"speed": 2, "reducedMotion": true, "colourBlind": false, "textSize": "huge"}')
    const host = new KitchenHost({ dataDir: wrong, catalog, onRecovered: (m) => seen.push(m) })
    expect(await host.connect(() => {}).getSettings()).toEqual(DEFAULT_SETTINGS)
    expect(seen[0]).toMatch(/^settings\.json was damaged \(a setting has a value the kitchen does not know\); it was kept as settings\.json\.damaged-/)
  })

  it('saves a run only when it is a valid run file, and replays it to the same trace', async () => {
    const dir = fresh()
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    const out = await api.run({ levelId: null, source: 'import threading, kitchen\nt = threading.Thread(target=kitchen.bake, args=("pie", 2))\nt.start()\nkitchen.chop("apple")\nt.join()\n' })
    await expect(api.saveRun('{"format":"kitchenrun"}', 'bad')).rejects.toThrow(/version/)
    const level = await api.run({ levelId: 'dessert', source: '', placements: { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] } })
    const reopened = await api.openRunText('d.kitchenrun', level.runFile)
    expect(reopened.outcome.verdict?.par).toMatchObject({ yourStatements: 2, stars: 3 })
    const saved = await api.saveRun(out.runFile, 'pie')
    expect(saved.name).toBe('pie.kitchenrun')
    expect(await api.listRuns()).toEqual(['pie.kitchenrun'])
    const opened = await api.openRun('pie.kitchenrun')
    expect(opened.same).toBe(true)
    // the same events; which worker ran them is not part of a trace's identity
    expect(traceIdentity(opened.outcome.trace)).toEqual(traceIdentity(out.trace))
    const tampered = JSON.parse(out.runFile)
    tampered.trace[3].time = 99
    await expect(api.openRunText('x.kitchenrun', JSON.stringify(tampered))).rejects.toThrow(/trace hash mismatch/)
  })

  it('exports the fix as a Python file in the user data folder', async () => {
    const dir = fresh()
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    const saved = await api.exportPython('dessert', 'print("hi")\n')
    expect(saved.name).toBe('dessert.py')
    expect(readFileSync(join(dir, 'exports', 'dessert.py'), 'utf8')).toContain('print("hi")\n')
  })
})

describe('writeAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = fresh()
    const f = join(dir, 'a', 'p.json')
    writeAtomic(f, 'one')
    writeAtomic(f, 'two')
    expect(readFileSync(f, 'utf8')).toBe('two')
    expect(readdirSync(join(dir, 'a'))).toEqual(['p.json'])
    expect(existsSync(f + '.tmp')).toBe(false)
  })
})

describe('the inspector behind a cleared level', () => {
  it('gives a certificate with the interleavings it explored', async () => {
    const api = new KitchenHost({ dataDir: fresh(), catalog }).connect(() => {})
    const out = await api.run({ levelId: 'dessert', source: '', placements: { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] } })
    expect(out.verdict?.passed).toBe(true)
    expect(out.verdict?.certificate?.schedules).toBeGreaterThan(1)
  })
})

describe('a fix that holds only by luck', () => {
  it('is refuted with the counterexample trace to play', async () => {
    const { parseLevel } = await import('../../electron/levels/index.ts')
    const { certify, verdictView } = await import('../../electron/host/levels.ts')
    const { judgeRun } = await import('../../electron/judge/judge.ts')
    const { runProgram } = await import('../../electron/engine/index.ts')
    const level = parseLevel(`id: lucky
chapter: 9
chapterTitle: Test
order: 1
title: Two cooks, one count
idea: an unlocked read-modify-write loses updates
story: Two cooks count plates.
program: |
  import threading
  count = 0
  def add():
      global count
      for i in range(3):
          # slot: count
          pass
  ts = [threading.Thread(target=add) for _ in range(2)]
  for t in ts:
      t.start()
  for t in ts:
      t.join()
  print(count)
palette:
  - code: |-
      c = count
      count = c + 1
goals:
  finish: true
  output: ["6"]
par:
  time: 0
  statements: 1
hints: [use a lock]
solution:
  program: |
    print(6)
wrong:
  - name: a
    program: print(1)
    verdict: output
  - name: b
    program: print(2)
    verdict: output
`, 'lucky.level.yaml')
    const source = level.program.text.replace('        # slot: count\n', '        c = count\n        count = c + 1\n')
    const run = runProgram(source, { seed: level.seed })
    const live = verdictView(level, judgeRun({ goals: level.goals, run, source, statements: 1, par: level.par }))
    expect(live.passed).toBe(true) // CPython's switch points never split the two lines here
    const v = certify(level, source, 1, live)
    expect(v).toMatchObject({ passed: false, kind: 'refuted', certificate: null })
    expect(v.counterexample!.trace.some((e) => e.kind === 'print' && e.detail !== '6\n')).toBe(true)
    expect(v.counterexample!.note).toMatch(/preemption/)
  })

  it('a nap as long as the roast usually takes clears the live run, and the inspector, with the level\'s ranges, shows the run where it does not', async () => {
    const { loadLevels, applyPlacements } = await import('../../electron/levels/index.ts')
    const { certify, verdictView } = await import('../../electron/host/levels.ts')
    const { judgeRun } = await import('../../electron/judge/judge.ts')
    const { runProgram } = await import('../../electron/engine/index.ts')
    const level = loadLevels(join(import.meta.dirname, '..', '..', 'levels')).find((l) => l.id === 'long-enough-nap')!
    const source = applyPlacements(level, { wait: ['time.sleep(4)'] })
    const run = runProgram(source, { seed: level.seed })
    const live = verdictView(level, judgeRun({ goals: level.goals, run, source, statements: 1, par: level.par }))
    expect(live.passed).toBe(true)
    const v = certify(level, source, 1, live)
    expect(v).toMatchObject({ passed: false, kind: 'refuted', certificate: null })
    // the replayed counterexample serves the lamb before it is out of the oven
    const trace = v.counterexample!.trace
    const served = trace.findIndex((e) => e.kind === 'serve' && e.detail === 'lamb')
    const cooked = trace.findIndex((e) => e.kind === 'action-end' && (e.detail as { dish: string }).dish === 'lamb')
    expect(served).toBeGreaterThan(0)
    expect(cooked).toBeGreaterThan(served)
  })
})

describe('locked levels', () => {
  const dessert = { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] }

  it('are neither opened nor run by the host, and the refusal says what to clear first', async () => {
    const dir = fresh()
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    const [first, second, third] = await api.listLevels()
    await expect(api.getLevel(second.id)).rejects.toThrow(`Level 2 “${second.title}” is locked: clear level 1 “${first.title}” first.`)
    await expect(api.getLevel(third.id)).rejects.toThrow(`Level 3 “${third.title}” is locked: clear level 2 “${second.title}” first (the level open now is level 1 “${first.title}”).`)
    const events: HostEvent[] = []
    const watched = new KitchenHost({ dataDir: dir, catalog }).connect((e) => events.push(e))
    await expect(watched.run({ levelId: 'three-assistants', source: '', placements: {} })).rejects.toThrow(/is locked: clear level 1/)
    expect(events.filter((e) => e.kind === 'run-started')).toEqual([]) // nothing ran
    expect(existsSync(join(dir, 'progress.json'))).toBe(false)
    // clearing the first opens the second, for opening and for running
    expect((await api.run({ levelId: 'dessert', source: '', placements: dessert })).verdict?.passed).toBe(true)
    const again = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    expect((await again.getLevel(second.id)).id).toBe(second.id)
    const out = await again.run({ levelId: second.id, source: '', placements: {} })
    expect(out.verdict).not.toBeNull()
    await expect(again.getLevel(third.id)).rejects.toThrow(/is locked: clear level 2/)
  })

  it('the first level and unknown ids are not "locked"', async () => {
    const api = new KitchenHost({ dataDir: fresh(), catalog }).connect(() => {})
    expect((await api.getLevel('dessert')).id).toBe('dessert')
    await expect(api.getLevel('nope')).rejects.toThrow('no level "nope"')
  })
})
