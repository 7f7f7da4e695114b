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
  // runs of the same read, or the same nap, with nothing else in between
  const run = new Map<number, { key: string; n: number; line: number; variable: string; sleeping: boolean }>()
  for (const e of f.trace) {
    if (e.kind === 'switch' || e.kind === 'gc') continue
    let key: string | null = null
    let variable = ''
    if (e.kind === 'access') {
      const d = e.detail as { op: string; variable: string }
      if (d.op === 'read') { key = `r:${d.variable}:${e.line}`; variable = d.variable }
    } else if (e.kind === 'sleep') {
      key = `s:${e.line}`
    }
    const cur = run.get(e.thread)
    if (key === null) {
      // other reads in the same loop body do not break a run; anything else does
      if (e.kind !== 'access' && e.kind !== 'sleep') run.delete(e.thread)
      continue
    }
    if (cur && cur.key === key) cur.n++
    else if (!cur || e.kind === 'sleep' || !cur.sleeping) run.set(e.thread, { key, n: 1, line: e.line, variable, sleeping: e.kind === 'sleep' })
    const r = run.get(e.thread)!
    if (!r.sleeping && r.n >= SPIN_READS) {
      add(e.thread, r.line, `Busy waiting: ${threadName(f, e.thread)} checks '${r.variable}' over and over at line ${r.line} instead of waiting for a signal (it read it ${r.n} times and counting). Use an Event or a Condition so it sleeps until it is told.`)
    } else if (r.sleeping && r.n >= POLL_SLEEPS) {
      add(e.thread, r.line, `Busy waiting: ${threadName(f, e.thread)} keeps waking up to check (${r.n} naps at line ${r.line}) instead of waiting for a signal. Use an Event or a Condition so it is woken exactly when it should be.`)
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
