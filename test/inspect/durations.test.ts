// Durations as ranges. Corpus programs say what they must get with ranges on
// `# inspect durations J[ timeouts]: certified | refuted KIND PREEMPTIONS`
// lines (beside their exact-durations `# inspect:` line); each refutation's
// run file replays to the same failure on one thread and on real threads,
// with lengths inside the ranges. The zone itself is checked on small cases.

import { describe, it, expect, afterAll } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { inspectProgram, inspectRunOptions } from '../../electron/inspect/index.ts'
import { classify, threadNames } from '../../electron/inspect/inspect.ts'
import { runProgram, type Recording } from '../../electron/engine/index.ts'
import { Zone } from '../../electron/engine/sched/zone.ts'
import { makeRunFile, readRunFile, replay, replayOnThreads } from '../../electron/host/runfile.ts'
import { closeDefaultPool } from '../../electron/host/pool.ts'

const DIR = join(import.meta.dirname, 'programs')
afterAll(() => closeDefaultPool())

interface Want { jitter: number; timeouts: boolean; verdict: string; kind?: string; preemptions?: number }

function ranged(source: string): Want[] {
  return [...source.matchAll(/^# inspect durations ([\d.]+)( timeouts)?: (certified|refuted (\w+) (\d+))\s*$/gm)].map((m) => ({
    jitter: Number(m[1]), timeouts: m[2] !== undefined, verdict: m[3].split(' ')[0],
    ...(m[4] ? { kind: m[4], preemptions: Number(m[5]) } : {}),
  }))
}

const cases = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()
  .flatMap((file) => ranged(readFileSync(join(DIR, file), 'utf8')).map((want) => ({ file, want })))

describe('inspector corpus with durations as ranges', () => {
  it('has programs refuted only with ranges, and ones certified with them', () => {
    expect(cases.filter((c) => c.want.verdict === 'refuted').length).toBeGreaterThanOrEqual(3)
    expect(cases.filter((c) => c.want.verdict === 'certified').length).toBeGreaterThanOrEqual(3)
  })

  for (const { file, want } of cases) {
    it(`${file} with durations ${want.jitter}${want.timeouts ? ' (timeouts too)' : ''}: ${want.verdict}`, async () => {
      const source = readFileSync(join(DIR, file), 'utf8')
      const durations = { jitter: want.jitter, timeouts: want.timeouts }
      const r = inspectProgram(source, { bound: 2, switchPoints: 'language', filename: file, checkCPython: false, durations })
      expect(r.verdict).toBe(want.verdict)
      expect(r.durations).toEqual(durations)
      if (want.verdict === 'certified') return
      const f = r.failure!
      expect(f.kind).toBe(want.kind)
      expect(f.preemptions).toBe(want.preemptions)
      // a program the written lengths already break fails with them (they are in the
      // ranges too); one refuted only with ranges gets the lengths of its failing run,
      // one per timed wait, each in its range
      const exactly = /^# inspect: refuted/m.test(source)
      expect(f.recording.durations === undefined).toBe(exactly)
      const lengths = f.recording.durations ?? []
      const asked = exactly ? [] : askedLengths(source, f.recording)
      expect(asked.length).toBe(lengths.length)
      lengths.forEach((d, k) => {
        expect(d).toBeGreaterThanOrEqual(asked[k] * (1 - want.jitter) - 1e-9)
        expect(d).toBeLessThanOrEqual(asked[k] * (1 + want.jitter) + 1e-9)
      })
      // replayed with those lengths, on one thread and on real threads, it fails the same way
      const options = inspectRunOptions('language', 200_000)
      const again = runProgram(source, { ...options, filename: file, follow: f.recording })
      expect(classify(again, threadNames(again), {})).toMatchObject({ kind: f.kind, message: f.message, line: f.line })
      expect(again.recording.durations).toEqual(f.recording.durations)
      const text = JSON.stringify(makeRunFile(file, source, options.seed, { time: 'virtual', maxSteps: 200_000, switchPoints: 'language', heapMegabytes: options.heapMegabytes }, again))
      expect(replay(readRunFile(text, file)).same).toBe(true)
      const onThreads = await replayOnThreads(readRunFile(text, file))
      expect(onThreads.same).toBe(true)
      expect(onThreads.result.stderr).toBe(again.stderr)
    })
  }

  it('with exact durations every one of these programs gets its `# inspect:` verdict (ranges change nothing else)', () => {
    for (const file of new Set(cases.map((c) => c.file))) {
      const source = readFileSync(join(DIR, file), 'utf8')
      const exact = /^# inspect: (certified|refuted)/m.exec(source)![1]
      expect(inspectProgram(source, { bound: 2, switchPoints: 'language', checkCPython: false, durations: { jitter: 0 } }).verdict, file).toBe(exact)
    }
  })
})

/// The lengths the program asked for, in the order its timed waits began:
/// the `sleep` events of the replayed run (these programs time nothing else).
function askedLengths(source: string, recording: Recording): number[] {
  const r = runProgram(source, { ...inspectRunOptions('language', 200_000), follow: recording })
  return r.trace.filter((e) => e.kind === 'sleep').map((e) => Number(e.detail))
}

describe('the zone', () => {
  it('offers only the wake-ups some lengths in the ranges make next', () => {
    const z = new Zone({ jitter: 0.5 })
    z.start(0, 1, 1, true) // [0.5, 1.5]
    z.start(1, 2, 4, true) // [2, 6]
    expect(z.candidates([1, 2])).toEqual([1])
    z.start(2, 3, 1.2, true) // [0.6, 1.8]: overlaps the first
    expect(z.candidates([1, 2, 3])).toEqual([1, 3])
  })

  it('adds up the waits of one thread: two naps of 1 against one cook of 1.5', () => {
    const naps = (jitter: number): number[] => {
      const z = new Zone({ jitter })
      z.start(0, 1, 1.5, true) // the cook
      z.start(1, 2, 1, true) // the first nap, nominally first
      expect(z.candidates([1, 2])[0]).toBe(2)
      z.fire(2, [1, 2])
      z.start(2, 2, 1, true) // the second nap, from the first's end
      return z.candidates([1, 2])
    }
    expect(naps(0.1)).toEqual([1]) // 1.8 s at least against 1.65 at most
    expect(naps(0.3)).toEqual([1, 2]) // nominal order first
  })

  it('gives lengths in their ranges that make the chosen order happen', () => {
    const z = new Zone({ jitter: 0.25 })
    z.start(0, 2, 5, true) // [3.75, 6.25]
    z.start(1, 1, 6, true) // [4.5, 7.5]
    expect(z.candidates([1, 2])).toEqual([2, 1])
    z.fire(1, [1, 2]) // out of nominal order: the 6 s nap ends first
    z.fire(2, [2])
    const [bake, nap] = z.witness().map((w) => w.took)
    expect(bake).toBeGreaterThanOrEqual(3.75)
    expect(bake).toBeLessThanOrEqual(6.25)
    expect(nap).toBeGreaterThanOrEqual(4.5)
    expect(nap).toBeLessThan(bake)
  })

  it('keeps exact timeouts exact unless asked', () => {
    const exact = new Zone({ jitter: 0.5 })
    exact.start(0, 1, 1, false) // a timeout of 1: exactly 1
    exact.start(1, 2, 1.5, true) // a sleep of 1.5: [0.75, 2.25]
    expect(exact.candidates([1, 2])).toEqual([1, 2])
    const loose = new Zone({ jitter: 0.5, timeouts: true })
    loose.start(0, 1, 3, false) // [1.5, 4.5]
    loose.start(1, 2, 1, true) // [0.5, 1.5]
    expect(loose.candidates([1, 2])).toEqual([2, 1])
    const strict = new Zone({ jitter: 0.5 })
    strict.start(0, 1, 3, false) // exactly 3
    strict.start(1, 2, 1, true) // at most 1.5
    expect(strict.candidates([1, 2])).toEqual([2])
  })
})
