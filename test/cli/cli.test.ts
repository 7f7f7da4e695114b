/// The `kitchen` command as a user runs it: output, exit codes, the trace file.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { ROOT } from '../support/corpus.ts'

function kitchen(args: string[]) {
  return spawnSync('node', [join(ROOT, 'bin', 'kitchen.js'), ...args], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
}

const dir = mkdtempSync(join(tmpdir(), 'kitchen-cli-'))

test('run prints what the program prints and writes a trace', () => {
  const prog = join(dir, 'dessert.py')
  writeFileSync(prog, readFileSync(join(ROOT, 'test', 'programs', 'seed', 'dessert.py'), 'utf8'))
  const trace = join(dir, 't.jsonl')
  const r = kitchen(['run', prog, '--threads', 'single', '--seed', '7', '--trace', trace])
  expect(r.status).toBe(0)
  expect(r.stdout.split('\n')[0]).toBe('👨‍🍳 Head chef: Preparing the main course...')
  const events = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  expect(events[0].seq).toBe(0)
  expect(events.some((e) => e.kind === 'sleep' && e.thread === 2 && e.detail === 5)).toBe(true)
  expect(events.some((e) => e.kind === 'thread-name' && e.detail === 'Thread-1 (bake_dessert)')).toBe(true)
  expect(events[events.length - 1].kind).toBe('exit')
  // the same seed gives the same trace
  const trace2 = join(dir, 't2.jsonl')
  kitchen(['run', prog, '--threads', 'single', '--seed', '7', '--trace', trace2])
  expect(readFileSync(trace2, 'utf8')).toBe(readFileSync(trace, 'utf8'))
})

test('a deadlock exits 3 and names who waits where', () => {
  const prog = join(dir, 'deadlock.py')
  writeFileSync(prog, 'import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n')
  const r = kitchen(['run', prog])
  expect(r.status).toBe(3)
  expect(r.stderr).toContain('MainThread waits at line 4: lock.acquire()')
})

test('an uncaught exception exits 1 with CPython\'s traceback', () => {
  const prog = join(dir, 'boom.py')
  writeFileSync(prog, 'def f():\n    raise ValueError("boom")\nf()\n')
  const r = kitchen(['run', prog])
  expect(r.status).toBe(1)
  expect(r.stderr).toBe('Traceback (most recent call last):\n  File "' + prog + '", line 3, in <module>\n    f()\n  File "' + prog + '", line 2, in f\n    raise ValueError("boom")\nValueError: boom\n')
})

test('bad usage exits 2', () => {
  expect(kitchen(['run']).status).toBe(2)
  expect(kitchen(['run', 'x.py', '--bogus', '1']).status).toBe(2)
  expect(kitchen(['run', join(dir, 'missing.py')]).status).toBe(2)
})

test('too many threads is a clear error', () => {
  const prog = join(dir, 'many.py')
  writeFileSync(prog, 'import threading, time\nts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(300)]\nfor t in ts:\n    t.start()\n')
  const r = kitchen(['run', prog, '--threads', 'single'])
  expect(r.status).toBe(1)
  expect(r.stderr.trim().split('\n').pop()).toBe("RuntimeError: can't start new thread: the kitchen runs at most 256 threads at once")
})

test('run --record writes a run file that replay plays back the same', () => {
  const prog = join(dir, 'race.py')
  writeFileSync(prog, readFileSync(join(ROOT, 'test', 'programs', 'races', 'lost_updates.py'), 'utf8'))
  const file = join(dir, 'race.kitchenrun')
  const first = kitchen(['run', prog, '--threads', 'single', '--seed', '4', '--record', file])
  expect(first.status).toBe(0)
  const again = kitchen(['replay', file, '--threads', 'single'])
  expect(again.status).toBe(0)
  expect(again.stdout).toBe(first.stdout)
  // a free run on real threads, replayed on real threads and on one thread
  const freeFile = join(dir, 'free.kitchenrun')
  const free = kitchen(['run', prog, '--record', freeFile])
  expect(free.status).toBe(0)
  const onThreads = kitchen(['replay', freeFile])
  expect(onThreads.status).toBe(0)
  expect(onThreads.stdout).toBe(free.stdout)
  const onOne = kitchen(['replay', freeFile, '--threads', 'single'])
  expect(onOne.status).toBe(0)
  expect(onOne.stdout).toBe(free.stdout)
  writeFileSync(join(dir, 'broken.kitchenrun'), '{"format": "kitchenrun"')
  const bad = kitchen(['replay', join(dir, 'broken.kitchenrun')])
  expect(bad.status).toBe(2)
  expect(bad.stderr).toContain('not JSON')
})

test('--time real sleeps for real; both clocks measure the sleep', () => {
  const prog = join(dir, 'nap.py')
  writeFileSync(prog, 'import time\nstart = time.monotonic()\ntime.sleep(0.4)\nprint(round(time.monotonic() - start, 1))\n')
  const t0 = Date.now()
  const real = kitchen(['run', prog, '--threads', 'single', '--time', 'real'])
  const realMs = Date.now() - t0
  expect(real.stdout).toBe('0.4\n')
  expect(realMs).toBeGreaterThanOrEqual(400)
  const virtual = kitchen(['run', prog, '--threads', 'single'])
  expect(virtual.stdout).toBe('0.4\n')
  // real threads run in real time, scaled by --speed
  const t1 = Date.now()
  const fast = kitchen(['run', prog, '--speed', '4'])
  expect(fast.stdout).toBe('0.4\n')
  expect(Date.now() - t1).toBeGreaterThanOrEqual(100)
})

test('a reader that stops early (| head -1) ends the run quietly, as python3 ends with no traceback of ours', () => {
  const r = spawnSync('bash', ['-c', `node "${join(ROOT, 'bin', 'kitchen.js')}" run "${join(ROOT, 'test', 'programs', 'seed', 'dessert.py')}" | head -1`], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
  expect(r.stdout).toBe('👨‍🍳 Head chef: Preparing the main course...\n')
  expect(r.stderr).not.toContain('EPIPE')
})

test('--switch-interval sets how long a thread waits for the GIL before asking the spinning holder to drop it', () => {
  const prog = join(dir, 'spin.py')
  writeFileSync(prog, [
    'import threading, time',
    'flag = False',
    'def setter():',
    '    global flag',
    '    time.sleep(0.01)',
    '    flag = True',
    't = threading.Thread(target=setter)',
    't.start()',
    'start = time.monotonic()',
    'while not flag:',
    '    pass',
    'print(time.monotonic() - start >= 1.0)',
  ].join('\n') + '\n')
  // the main thread spins holding the GIL; the setter gets it only by asking
  expect(kitchen(['run', prog, '--switch-interval', '1000', '--max-steps', '1000000000']).stdout).toBe('True\n')
  expect(kitchen(['run', prog]).stdout).toBe('False\n')
  const bad = kitchen(['run', prog, '--switch-interval', '0'])
  expect(bad.status).toBe(2)
  expect(bad.stderr).toContain('--switch-interval must be a positive number')
  const single = kitchen(['run', prog, '--threads', 'single', '--switch-interval', '5'])
  expect(single.status).toBe(2)
  expect(single.stderr).toContain('--switch-interval is for free runs')
})
