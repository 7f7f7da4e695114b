/// Each detector on a small kitchen program (or a hand-made trace), with
/// what it must say and the lines it must point at.

import { test, expect } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'
import { judgeRun } from '../../electron/judge/judge.ts'
import { factsOf } from '../../electron/judge/facts.ts'
import { detectRaces } from '../../electron/judge/race.ts'
import type { Goals, Verdict } from '../../electron/judge/types.ts'
import type { TraceEvent } from '../../electron/engine/trace.ts'

function judgeProgram(source: string, goals: Goals, maxSteps = 200_000): Verdict {
  const run = runProgram(source, { maxSteps, accesses: goals.noRaces === true || goals.noBusyWaiting === true })
  return judgeRun({ goals, run, source, maxSteps })
}

const all = (v: Verdict) => [...v.failures, ...v.notes]

test('deadlock: the wait-for cycle, each thread with what it holds, waits for, and where', () => {
  const v = judgeProgram([
    'import threading, time',
    'knife = threading.Lock()',
    'board = threading.Lock()',
    'def a():',
    '    with knife:',
    '        time.sleep(0.1)',
    '        with board:',
    '            pass',
    'def b():',
    '    with board:',
    '        time.sleep(0.1)',
    '        with knife:',
    '            pass',
    'ts = [threading.Thread(target=a), threading.Thread(target=b)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
  ].join('\n') + '\n', { finish: true })
  expect(v.kind).toBe('deadlock')
  const d = v.failures[0]
  expect(d.message).toContain('wait for each other in a circle')
  expect(d.places.map((p) => [p.line, p.thread])).toEqual(expect.arrayContaining([[7, 'Thread-1 (a)'], [12, 'Thread-2 (b)']]))
  expect(d.places.every((p) => /holds lock #\d, waits for lock #\d/.test(p.note))).toBe(true)
})

test('deadlock without a cycle: the waits nobody can end', () => {
  const v = judgeProgram('import threading\ne = threading.Event()\ne.wait()\n', { finish: true })
  expect(v.kind).toBe('deadlock')
  expect(v.failures[0].places).toEqual([{ line: 3, thread: 'MainThread', note: 'waits for an Event that is never set' }])
})

test('lost wake-up: the notify() that found no waiter and the wait() after it', () => {
  const v = judgeProgram([
    'import threading, time',
    'c = threading.Condition()',
    'def cook():',
    '    with c:',
    '        c.notify()',
    't = threading.Thread(target=cook)',
    't.start()',
    'time.sleep(1)',
    'with c:',
    '    c.wait()',
  ].join('\n') + '\n', { finish: true })
  expect(v.kind).toBe('lost-wakeup')
  expect(v.failures[0].places.map((p) => [p.line, p.note])).toEqual([[5, 'notify() found nobody waiting'], [10, 'waits for a signal that already came']])
  expect(v.failures.map((f) => f.kind)).toContain('deadlock')
})

test('no lost wake-up when the notify reaches a waiter', () => {
  const v = judgeProgram([
    'import threading, time',
    'c = threading.Condition()',
    'def cook():',
    '    time.sleep(1)',
    '    with c:',
    '        c.notify()',
    't = threading.Thread(target=cook)',
    't.start()',
    'with c:',
    '    c.wait()',
    't.join()',
  ].join('\n') + '\n', { finish: true })
  expect(v.passed).toBe(true)
  expect(all(v).filter((f) => f.kind === 'lost-wakeup')).toEqual([])
})

test('station collision: two cooks at one oven', () => {
  const v = judgeProgram([
    'import threading, kitchen',
    'def pie():',
    '    kitchen.bake("pie", 2)',
    'def bread():',
    '    kitchen.bake("bread", 2)',
    'ts = [threading.Thread(target=pie), threading.Thread(target=bread)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
  ].join('\n') + '\n', { stations: { oven: 1 } })
  expect(v.kind).toBe('collision')
  expect(v.failures[0].message).toContain('2 cooks at the oven at once')
  expect(v.failures[0].places.map((p) => p.line).sort()).toEqual([3, 5])
})

test('busy waiting: a thread spinning on a flag starves the cook it waits for', () => {
  const v = judgeProgram([
    'import threading, kitchen',
    'ready = False',
    'def cook():',
    '    global ready',
    '    kitchen.cook("soup", 1)',
    '    ready = True',
    'threading.Thread(target=cook).start()',
    'while not ready:',
    '    pass',
    'kitchen.serve("soup")',
  ].join('\n') + '\n', { finish: true, noBusyWaiting: true }, 50_000)
  expect(v.kind).toBe('busy-wait')
  expect(v.failures[0].places[0].thread).toBe('MainThread')
  expect([7, 8, 9]).toContain(v.failures[0].places[0].line)
  expect(v.failures.map((f) => f.kind)).toContain('never-ends')
})

test('busy waiting: reading a flag another thread sets, over and over, names the flag and the line', () => {
  const v = judgeProgram([
    'import threading',
    'ready = False',
    'def cook():',
    '    global ready',
    '    total = 0',
    '    for i in range(30000):',
    '        total += i',
    '    ready = True',
    'threading.Thread(target=cook).start()',
    'while not ready:',
    '    pass',
    'print("served")',
  ].join('\n') + '\n', { finish: true, noBusyWaiting: true })
  expect(v.kind).toBe('busy-wait')
  expect(v.failures[0].message).toContain("MainThread checks 'ready' over and over at line 10")
})

test('a loop that reads shared data nobody else writes is not busy waiting', () => {
  const v = judgeProgram('prices = [1] * 300\ntotal = 0\nfor p in prices:\n    total += p\nprint(total)\n', { finish: true, noBusyWaiting: true })
  expect(v.passed).toBe(true)
})

test('busy waiting: polling with naps', () => {
  const v = judgeProgram([
    'import threading, time, kitchen',
    'ready = threading.Event()',
    'def cook():',
    '    kitchen.cook("soup", 2)',
    '    ready.set()',
    'threading.Thread(target=cook).start()',
    'while not ready.is_set():',
    '    time.sleep(0.1)',
    'kitchen.serve("soup")',
  ].join('\n') + '\n', { finish: true, noBusyWaiting: true })
  expect(v.kind).toBe('busy-wait')
  expect(v.failures[0].places[0]).toMatchObject({ line: 8, thread: 'MainThread' })
})

test('sleeping instead of synchronizing: the order held only by timing', () => {
  const v = judgeProgram([
    'import threading, time, kitchen',
    'def porter():',
    '    kitchen.cook("preheat", 2, "oven")',
    'threading.Thread(target=porter).start()',
    'time.sleep(3)',
    'kitchen.bake("bread", 1)',
  ].join('\n') + '\n', { order: [{ first: 'cook preheat', then: 'bake bread' }], noSleepSync: true })
  expect(v.kind).toBe('sleep-sync')
  expect(v.failures[0].places.map((p) => p.line)).toEqual([5, 3])
})

test('no sleep-sync when a signal orders the two', () => {
  const v = judgeProgram([
    'import threading, time, kitchen',
    'hot = threading.Event()',
    'def porter():',
    '    kitchen.cook("preheat", 2, "oven")',
    '    hot.set()',
    'threading.Thread(target=porter).start()',
    'time.sleep(3)',
    'hot.wait()',
    'kitchen.bake("bread", 1)',
  ].join('\n') + '\n', { order: [{ first: 'cook preheat', then: 'bake bread' }], noSleepSync: true })
  expect(v.passed).toBe(true)
})

// ---- data races over hand-made traces (the engine's access events have this shape)

let seq = 0
function ev(thread: number, kind: string, obj: number | null = null, line = 0, detail?: unknown): TraceEvent {
  return { seq: seq++, thread, time: 0, kind, obj, line, detail }
}
const access = (thread: number, op: 'read' | 'write', variable: string, line: number) => ev(thread, 'access', null, line, { op, variable })

function start(): TraceEvent[] {
  seq = 0
  return [ev(1, 'thread-start', null, 1, 'MainThread'), ev(1, 'event-wait', 7, 5), ev(2, 'thread-name', null, 0, 'Thread-1 (waiter)')]
}

test('race: two unsynchronized writes, even when the answer came out right', () => {
  const t = start()
  t.push(access(2, 'read', 'tips', 9), access(2, 'write', 'tips', 11), ev(2, 'thread-end', null, 0, 'Thread-1 (waiter)'))
  t.push(access(1, 'read', 'tips', 20), access(1, 'write', 'tips', 21))
  const races = detectRaces(factsOf(t), [])
  expect(races).toHaveLength(1)
  expect(races[0].message).toContain("Data race on 'tips'")
  expect(races[0].places.map((p) => [p.line, p.thread])).toEqual([[11, 'Thread-1 (waiter)'], [20, 'MainThread']])
})

test('no race when a lock orders the accesses', () => {
  const t = start()
  t.push(ev(2, 'acquire', 99, 8), access(2, 'read', 'tips', 9), access(2, 'write', 'tips', 11), ev(2, 'release', 99, 12))
  t.push(ev(1, 'acquire', 99, 19), access(1, 'read', 'tips', 20), access(1, 'write', 'tips', 21), ev(1, 'release', 99, 22))
  expect(detectRaces(factsOf(t), [])).toEqual([])
})

test('no race when join orders the accesses; a race when only timing does', () => {
  const joined = start()
  joined.push(access(2, 'write', 'result', 9), ev(2, 'thread-end', null, 0, 'Thread-1 (waiter)'))
  joined.push(ev(1, 'join', 50, 15, 2), ev(1, 'joined', 50, 15), access(1, 'read', 'result', 16))
  expect(detectRaces(factsOf(joined), [])).toEqual([])
  const slept = start()
  slept.push(access(2, 'write', 'result', 9), ev(1, 'sleep', null, 14, 1), access(1, 'read', 'result', 16))
  expect(detectRaces(factsOf(slept), []).map((r) => r.kind)).toEqual(['race'])
})

test('no race between accesses ordered by an Event set → wait', () => {
  const t = start()
  t.push(access(2, 'write', 'dish', 9), ev(2, 'set', 70, 10, 1))
  t.push(ev(1, 'event-wait', 70, 14), ev(1, 'wait', 71, 14, 'event'), ev(1, 'wake', 71, 14), access(1, 'read', 'dish', 15))
  expect(detectRaces(factsOf(t), [])).toEqual([])
})
