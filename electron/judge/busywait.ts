/// Busy waiting: a thread spinning on a flag instead of waiting for a
/// signal. Seen three ways: it reads the same variable at the same line
/// again and again (access events); it polls, sleeping at the same line
/// again and again; or the run never ends because it spins while the cook
/// it waits for needs kitchen time that never passes.

import type { TraceEvent } from '../engine/trace.ts'
import type { Finding } from './types.ts'
import { type Facts, threadName } from './facts.ts'

/// Reads of one variable at one line (or naps at one line) that count as spinning.
export const SPIN_READS = 50
export const POLL_SLEEPS = 5

export function detectBusyWaiting(f: Facts, lines: readonly string[], neverEnded: boolean): Finding[] {
  const out: Finding[] = []
  const flagged = new Set<number>()
  const quote = (line: number): string => (lines[line - 1] ?? '').trim()
  const add = (thread: number, line: number, message: string): void => {
    if (flagged.has(thread)) return
    flagged.add(thread)
    out.push({ kind: 'busy-wait', message, places: [{ line, thread: threadName(f, thread), note: `spins here: ${quote(line)}` }] })
  }
  // who writes each variable: spinning is reading a flag another thread sets
  const writers = new Map<string, Set<number>>()
  for (const e of f.trace) {
    if (e.kind !== 'access') continue
    const d = e.detail as { op: string; variable: string }
    if (d.op === 'write') (writers.get(d.variable) ?? writers.set(d.variable, new Set()).get(d.variable)!).add(e.thread)
  }
  // per thread: reads (by variable and line) and naps (by line) since its last other event
  const counts = new Map<number, Map<string, { n: number; line: number; variable: string }>>()
  for (const e of f.trace) {
    if (e.kind === 'switch' || e.kind === 'gc') continue
    let key: string | null = null
    let variable = ''
    if (e.kind === 'access') {
      const d = e.detail as { op: string; variable: string }
      if (d.op === 'write') { counts.delete(e.thread); continue }
      if ([...(writers.get(d.variable) ?? [])].some((t) => t !== e.thread)) { key = `r:${d.variable}:${e.line}`; variable = d.variable }
      else continue
    } else if (e.kind === 'sleep') {
      key = `s:${e.line}`
    } else {
      // work, a wait, a signal: the thread did something else
      counts.delete(e.thread)
      continue
    }
    const mine = counts.get(e.thread) ?? counts.set(e.thread, new Map()).get(e.thread)!
    const c = mine.get(key) ?? { n: 0, line: e.line, variable }
    c.n++
    mine.set(key, c)
    if (key.startsWith('r:') && c.n >= SPIN_READS) {
      add(e.thread, c.line, `Busy waiting: ${threadName(f, e.thread)} checks '${c.variable}' over and over at line ${c.line} instead of waiting for a signal (${c.n} times and counting). Use an Event or a Condition so it sleeps until it is told.`)
    } else if (key.startsWith('s:') && c.n >= POLL_SLEEPS) {
      add(e.thread, c.line, `Busy waiting: ${threadName(f, e.thread)} keeps waking up to check (${c.n} naps at line ${c.line}) instead of waiting for a signal. Use an Event or a Condition so it is woken exactly when it should be.`)
    }
  }
  if (neverEnded) {
    // kitchen time stands still while a thread can run: a spinning thread starves the cooks
    const busy = lastRunner(f.trace)
    const someoneWorking = f.actions.some((a) => a.endSeq === Infinity) || napping(f.trace).size > 0
    if (busy && someoneWorking) {
      add(busy.thread, busy.line, `Busy waiting: ${threadName(f, busy.thread)} spins at line ${busy.line} waiting for another cook, and never stops to let kitchen time pass, so the cook it waits for never finishes. Wait for a signal (an Event, a Condition, join) instead of looping.`)
    }
  }
  return out
}

function lastRunner(trace: readonly TraceEvent[]): { thread: number; line: number } | null {
  for (let i = trace.length - 1; i >= 0; i--) if (trace[i].line > 0) return { thread: trace[i].thread, line: trace[i].line }
  return null
}

function napping(trace: readonly TraceEvent[]): Set<number> {
  const s = new Set<number>()
  for (const e of trace) {
    if (e.kind === 'sleep') s.add(e.thread)
    else if (e.thread && e.kind !== 'switch') s.delete(e.thread)
  }
  return s
}
