/// Runs one Python thread on this worker until it ends or the run ends:
/// take the GIL, execute, hand the GIL on, block for real (Atomics.wait on
/// the GIL word or on the thread's wake word), never spin.

import { Thread, ThreadState } from '../vm/layout.ts'
import { Status } from '../vm/interp.ts'
import { W, F } from './control.ts'

declare const performance: { now(): number }
import { World, type RunConfig, type Flush } from './world.ts'

/// What the runner tells its host (the worker entry posts these).
export interface RunnerIO {
  flush(f: Flush): void
  spawn(run: number, thread: number, ident: number): void
}

let current: World | null = null

/// The world of run `cfg.runId` on this worker, made when first needed
/// (always while holding the GIL).
function worldFor(cfg: RunConfig, heap: SharedArrayBuffer, ctl: SharedArrayBuffer, creator: boolean): World {
  if (current && current.cfg.runId === cfg.runId) return current
  current = new World(cfg, heap, ctl, creator)
  current.sched.hookInterp()
  return current
}

/// Sends whatever this worker still holds of run `runId` (called when a
/// thread's loop returns, however it returned).
export function finalFlush(runId: number, io: RunnerIO): void {
  if (!current || current.cfg.runId !== runId) return
  for (const [t, id] of current.spawned) io.spawn(runId, t, id)
  current.spawned = []
  const fl = current.flush(true)
  if (fl) io.flush(fl)
}

/// Forgets the last run's world (the pool calls it when a run is over).
export function dropWorld(runId: number): void {
  if (current && current.cfg.runId === runId) current = null
}

/// Runs thread `thread` (its ident `ident`; 0 and 0 for the main thread,
/// which this worker then creates) of run `cfg`. Returns the run's summary
/// if this worker ended the run.
export function runThread(cfg: RunConfig, heap: SharedArrayBuffer, ctlBuf: SharedArrayBuffer, thread: number, ident: number, io: RunnerIO, runStart: number): World['endResult'] {
  const ctlI = new Int32Array(ctlBuf)
  const creator = thread === 0
  if (creator) ident = 1
  const free = cfg.mode === 'free'
  if (!(free ? takeFree(ctlI, ident, cfg.switchIntervalMs) : takeControlled(ctlI, ident))) return null
  const w = worldFor(cfg, heap, ctlBuf, creator)
  const out = (always = true): void => {
    for (const [t, id] of w.spawned) io.spawn(cfg.runId, t, id)
    w.spawned = []
    const fl = w.flush(always)
    if (fl) io.flush(fl)
  }
  if (creator) {
    if (w.endResult) {
      // the program did not compile
      w.ctl.end()
      out()
      return w.endResult
    }
    thread = w.mainThread
    w.sched.begin(w.ctl.f, runStart)
    if (free) w.sched.openFirstSlice()
    w.initBaton()
    w.release()
    out()
  }
  w.acquire()
  const sched = w.sched
  const interp = w.interp
  const f = w.rt.f
  const ctl = w.ctl
  const end = (outcome: Parameters<World['finish']>[0]): World['endResult'] => {
    w.finish(outcome)
    ctl.end()
    out()
    return w.endResult
  }
  try {
    if (free) sched.onAcquired(thread)
    else if (creator) {
      const first = sched.pickNext()
      if (first !== thread) throw new Error('the main thread must run first')
    }
    for (;;) {
      interp.thread = thread
      if (!free && interp.budget <= 0) interp.budget = sched.drawSlice()
      const status = interp.execute()
      if (status === Status.DONE || status === Status.UNCAUGHT) {
        if (w.onThreadEnd(thread, status)) return end('done')
      } else if (status === Status.SWITCH && !free) {
        sched.makeRunnable(thread)
      }
      const done = f[thread + Thread.STATE] === ThreadState.DONE
      if (free) {
        if (status !== Status.SWITCH) {
          const outcome = sched.endCheck()
          if (outcome) return end(outcome)
        }
        // hand the GIL on (or block) and take it again
        const myWake = Atomics.load(ctl.i, W.WAKE + ident)
        const taken = Atomics.load(ctl.i, W.TAKEN)
        const deadline = f[thread + Thread.DEADLINE]
        const st = f[thread + Thread.STATE]
        w.release()
        Atomics.store(ctl.i, W.GIL, 0)
        Atomics.notify(ctl.i, W.GIL, 1)
        for (const id of sched.pendingWakes) ctl.wake(id)
        sched.pendingWakes.length = 0
        out(done)
        if (done) return null
        // forced switching: after a switch, let another thread take the GIL first
        let polite = -1
        if (status === Status.SWITCH) polite = taken
        else if (st === ThreadState.BLOCKED || st === ThreadState.SLEEPING) waitWake(w, ident, myWake, deadline)
        if (ctl.ended) return null
        if (!takeFree(ctl.i, ident, cfg.switchIntervalMs, polite)) return null
        w.acquire()
        sched.onAcquired(thread)
        continue
      }
      const next = sched.pickNext()
      if (next === 0) return end('done')
      if (next === -1) return end('deadlock')
      if (next === thread) continue
      emitSwitch(w, next)
      w.release()
      out(done)
      Atomics.store(ctl.i, W.GIL, f[next + Thread.IDENT])
      Atomics.notify(ctl.i, W.GIL)
      if (done) return null
      if (!takeControlled(ctl.i, ident)) return null
      w.acquire()
    }
  } catch (e) {
    if (ctl.ended) return null
    return end({ stop: e })
  }
}

/// As runAll does: the switch event belongs to the thread that gets the GIL.
function emitSwitch(w: World, next: number): void {
  const interp = w.interp
  const saved = interp.thread
  interp.thread = next
  w.sched.emit('switch', null, w.sched.ident(next))
  interp.thread = saved
}

/// Controlled mode: wait until the GIL word names this thread.
function takeControlled(ci: Int32Array, ident: number): boolean {
  for (;;) {
    const v = Atomics.load(ci, W.GIL)
    if (v === ident) return true
    if (v === -1 || Atomics.load(ci, W.END) !== 0) return false
    Atomics.wait(ci, W.GIL, v)
  }
}

/// Free mode: take the GIL when it is free; after waiting a switch interval,
/// ask the holder to drop it.
/// `polite` (a TAKEN count, or -1): the thread just dropped the GIL, and
/// leaves it to others until one of them took it (or a while passed).
function takeFree(ci: Int32Array, ident: number, intervalMs: number, polite = -1): boolean {
  const politeUntil = polite >= 0 ? performance.now() + intervalMs * 4 : 0
  for (;;) {
    if (Atomics.load(ci, W.END) !== 0) return false
    if (polite >= 0 && Atomics.load(ci, W.TAKEN) === polite && Atomics.load(ci, W.GIL) === 0) {
      const left = politeUntil - performance.now()
      if (left > 0) {
        Atomics.wait(ci, W.GIL, 0, left)
        continue
      }
    }
    const v = Atomics.compareExchange(ci, W.GIL, 0, ident)
    if (v === 0) {
      Atomics.add(ci, W.TAKEN, 1)
      return true
    }
    if (v === -1) return false
    if (Atomics.wait(ci, W.GIL, v, intervalMs) === 'timed-out') Atomics.store(ci, W.DROP, 1)
  }
}

/// Free mode: a blocked thread sleeps on its wake word until woken or until
/// its deadline; a deadline that passes marks it timed out.
function waitWake(w: World, ident: number, seen: number, deadline: number): void {
  const ci = w.ctl.i
  for (;;) {
    if (w.ctl.ended) return
    let ms = Infinity
    if (deadline !== Infinity) ms = Math.max(0, (deadline - w.sched.realNow()) / w.cfg.speed * 1000)
    const r = Atomics.wait(ci, W.WAKE + ident, seen, ms)
    if (r !== 'timed-out') return
    if (deadline === Infinity) continue
    if (w.sched.realNow() >= deadline) {
      Atomics.store(ci, W.TIMED + ident, 1)
      return
    }
  }
}

export { F }
