/// Real threads: Python threads on worker threads with a GIL in shared
/// memory. What the OS shows, races that free mode really has, clean ends.

import { test, expect, afterAll } from 'vitest'
import { readdirSync } from 'node:fs'
import { WorkerPool } from '../../electron/host/pool.ts'

const pool = new WorkerPool(8)
afterAll(() => pool.close())

function osThreads(): number {
  return readdirSync('/proc/self/task').length
}

/// Waits until the pool has no busy worker (the run's workers all came back).
function allIdle(): boolean {
  return pool.idleCount === pool.size
}

test('each Python thread runs on its own OS thread, and the trace says which worker ran it', async () => {
  const before = osThreads()
  let most = before
  const timer = setInterval(() => { most = Math.max(most, osThreads()) }, 20)
  const r = await pool.run([
    'import threading, time',
    'go = threading.Event()',
    'def cook(n):',
    '    go.wait()',
    '    time.sleep(1.0)',
    'cooks = [threading.Thread(target=cook, args=(i,)) for i in range(4)]',
    'for c in cooks: c.start()',
    'go.set()',
    'for c in cooks: c.join()',
    'print("served")',
  ].join('\n'), { mode: 'free' })
  clearInterval(timer)
  expect(r.stdout).toBe('served\n')
  expect(most - before).toBeGreaterThanOrEqual(4)
  // main and four cooks, each on a different worker
  const ids = [1, 2, 3, 4, 5].map((t) => r.workers[t])
  expect(new Set(ids).size).toBe(5)
  // every event names the worker that ran its thread, one worker per thread
  for (const e of r.trace) expect(e.worker, `event ${e.seq} (${e.kind}, thread ${e.thread})`).toBe(r.workers[e.thread])
  const seen = new Map<number, Set<number>>()
  for (const e of r.trace) seen.set(e.thread, (seen.get(e.thread) ?? new Set()).add(e.worker!))
  expect([...seen.keys()].sort()).toEqual([1, 2, 3, 4, 5])
  expect(new Set([...seen.values()].map((s) => [...s][0])).size).toBe(5)
  expect([...seen.values()].every((s) => s.size === 1)).toBe(true)
})

const RACY = (locked: boolean): string => [
  'import threading',
  'count = 0',
  'lock = threading.Lock()',
  'def add_one(x):',
  '    return x + 1',
  'def work():',
  '    global count',
  '    for _ in range(60000):',
  locked ? '        with lock:\n            count = add_one(count)' : '        count = add_one(count)',
  'ts = [threading.Thread(target=work) for _ in range(4)]',
  'for t in ts: t.start()',
  'for t in ts: t.join()',
  'print(count)',
].join('\n')

test('free mode is really nondeterministic: an unlocked read-call-write loses updates', async () => {
  const outcomes = new Set<string>()
  let lost = false
  for (let attempt = 0; attempt < 10 && !lost; attempt++) {
    const r = await pool.run(RACY(false), { mode: 'free', seed: 1 })
    expect(r.exitCode).toBe(0)
    outcomes.add(r.stdout)
    lost = Number(r.stdout) < 240000
  }
  expect(lost).toBe(true)
  // the locked version never does
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await pool.run(RACY(true), { mode: 'free', seed: 1 })
    expect(r.stdout).toBe('240000\n')
  }
}, 120_000)

test('a run that ends any way leaves every worker idle and the next run clean', async () => {
  const next = async (): Promise<void> => {
    const r = await pool.run('import threading\nt = threading.Thread(target=print, args=("clean",))\nt.start()\nt.join()\n', { mode: 'free' })
    expect(r.stdout).toBe('clean\n')
    expect(r.exitCode).toBe(0)
    expect(allIdle()).toBe(true)
  }
  const cases: [string, string, number, RegExp][] = [
    ['finished', 'print("ok")\n', 0, /^$/],
    ['failed', 'import threading\ndef f():\n    raise ValueError("no")\nthreading.Thread(target=f).start()\nraise KeyError("main")\n', 1, /KeyError: 'main'/],
    ['deadlocked', 'import threading\na = threading.Lock()\nb = threading.Lock()\ndef t1():\n    with a:\n        ev.wait()\n        b.acquire()\nev = threading.Event()\nt = threading.Thread(target=t1)\nt.start()\nwith b:\n    ev.set()\n    a.acquire()\n', 3, /Deadlock/],
    ['step limit', 'while True:\n    pass\n', 1, /ran more than 100000 steps/],
  ]
  for (const [, src, code, err] of cases) {
    const r = await pool.run(src, { mode: 'free', maxSteps: 100_000 })
    expect(r.exitCode).toBe(code)
    expect(r.stderr).toMatch(err)
    expect(allIdle()).toBe(true)
    await next()
  }
  // timed out: threads asleep in real time
  const slow = await pool.run('import threading, time\nts = [threading.Thread(target=time.sleep, args=(30,)) for _ in range(3)]\nfor t in ts: t.start()\ntime.sleep(30)\n', { mode: 'free', timeout: 1 })
  expect(slow.exitCode).toBe(1)
  expect(slow.stderr).toMatch(/longer than 1 s/)
  expect(allIdle()).toBe(true)
  await next()
}, 60_000)

test('cancelling stops a run at once, whatever its threads do', async () => {
  const programs = [
    // blocked forever on an event, and a main thread spinning
    'import threading\ne = threading.Event()\nfor _ in range(3): threading.Thread(target=e.wait).start()\nwhile True:\n    pass\n',
    // everybody asleep
    'import threading, time\nfor _ in range(3): threading.Thread(target=time.sleep, args=(100,)).start()\ntime.sleep(100)\n',
  ]
  for (const src of programs) {
    const ac = new AbortController()
    const running = pool.run(src, { mode: 'free', signal: ac.signal })
    await new Promise((r) => setTimeout(r, 300))
    const t0 = performance.now()
    ac.abort()
    const r = await running
    const ms = performance.now() - t0
    expect(r.exitCode).toBe(130)
    expect(r.stderr).toMatch(/cancelled/)
    // the target is 100 ms (measured by `npm run bench`); this bound only catches a hang
    expect(ms).toBeLessThan(1000)
    expect(allIdle()).toBe(true)
  }
}, 30_000)

test('a worker that does not answer is terminated and replaced', async () => {
  // a Python loop inside a native's nested call never reaches a switch point
  const src = 'def key(x):\n    while True:\n        pass\nsorted([2, 1], key=key)\n'
  const ac = new AbortController()
  const running = pool.run(src, { mode: 'free', signal: ac.signal, maxSteps: 1e12 })
  await new Promise((r) => setTimeout(r, 300))
  const sizeBefore = pool.size
  ac.abort()
  const r = await running
  expect(r.exitCode).toBe(130)
  expect(pool.size).toBe(sizeBefore - 1)
  expect(allIdle()).toBe(true)
  const again = await pool.run('print("fresh")\n', { mode: 'free' })
  expect(again.stdout).toBe('fresh\n')
}, 30_000)

test('the pool is reused across runs and grows only on demand, up to its limit', async () => {
  const small = new WorkerPool(3)
  try {
    const r1 = await small.run('print(1)\n', { mode: 'free' })
    expect(r1.stdout).toBe('1\n')
    expect(small.size).toBe(1)
    const src = 'import threading, time\nts = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(4)]\nfor t in ts: t.start()\n'
    const r2 = await small.run(src, { mode: 'free' })
    expect(r2.exitCode).toBe(1)
    expect(r2.stderr.trim().split('\n').pop()).toBe("RuntimeError: can't start new thread: on real threads the kitchen runs at most 3 threads at once")
    expect(small.size).toBe(3)
    const r3 = await small.run('print(3)\n', { mode: 'controlled' })
    expect(r3.stdout).toBe('3\n')
    expect(small.size).toBe(3)
  } finally {
    await small.close()
  }
}, 60_000)

test('a thread that needs a new worker starts one spare beside it, and the next start() takes the spare', async () => {
  const fresh = new WorkerPool(8)
  try {
    // the cooks stay until all have started, so none hands its worker back early
    const src = 'import threading\ngo = threading.Event()\nts = [threading.Thread(target=go.wait) for _ in range(3)]\nfor t in ts: t.start()\ngo.set()\nfor t in ts: t.join()\nprint("done")\n'
    const r = await fresh.run(src, { mode: 'free' })
    expect(r.stdout).toBe('done\n')
    // main: 1 worker; thread 1: a new one and a spare; thread 2: the spare; thread 3: a new one and a spare
    expect(fresh.size).toBe(5)
    expect(new Set(Object.values(r.workers)).size).toBe(4)
  } finally {
    await fresh.close()
  }
}, 60_000)

test('a free run file replays on real threads and on one thread; a damaged one is refused', async () => {
  const { makeRunFile, readRunFile, replay, replayOnThreads, RunFileError } = await import('../../electron/host/runfile.ts')
  const source = 'import threading, time\nlock = threading.Lock()\ndef cook(n):\n    time.sleep(0.05 * n)\n    with lock:\n        print("cook", n, round(time.monotonic(), 1) >= 0)\nts = [threading.Thread(target=cook, args=(i,)) for i in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join(timeout=5)\n'
  const streamed: number[] = []
  const r = await pool.run(source, { mode: 'free', speed: 2, onEvent: (e) => streamed.push(e.seq) })
  expect(streamed).toEqual(r.trace.map((e) => e.seq))
  expect(streamed).toEqual(streamed.map((_, i) => i))
  const file = makeRunFile('cooks.py', source, 1, { time: 'real', maxSteps: 10_000_000, threads: 'real', speed: 2 }, r)
  const back = readRunFile(JSON.stringify(file))
  expect(back.recording.times!.length).toBeGreaterThan(0)
  // the step at which each hand-off happened, one per hand-off, never going back
  const steps = back.recording.steps!
  expect(steps.length).toBe(back.recording.picks.length)
  expect(steps.every((x, i) => i === 0 || x >= steps[i - 1])).toBe(true)
  // the file says which worker ran each thread
  expect(Object.keys(back.workers ?? {}).sort()).toEqual(['1', '2', '3', '4'])
  expect((await replayOnThreads(back)).same).toBe(true)
  expect(replay(back).same).toBe(true)
  const bad = { ...file, recording: { ...file.recording, timeouts: [[2, 0, 1]] } }
  expect(() => readRunFile(JSON.stringify(bad))).toThrow(RunFileError)
  expect(() => readRunFile(JSON.stringify(bad))).toThrow(/schema.*timeouts/)
  // a recording that does not fit its program is caught on real threads too
  const bent = { ...back, recording: { ...back.recording, times: back.recording.times!.slice(0, 1) } }
  const out = await replayOnThreads(bent)
  expect(out.result.exitCode).toBe(4)
  expect(out.result.stderr).toMatch(/left its recording/)
}, 60_000)
