/// The verdict on a run of a free program (no level): how it ended, in
/// words, with the lines of the threads left waiting when it deadlocked.

import type { RunResult } from '../engine/index.ts'
import type { TraceEvent } from '../engine/trace.ts'
import type { Mark, VerdictView } from '../ipc/contract.ts'

const WAITS: Record<string, string> = {
  block: 'waits for a lock', wait: 'waits on a condition', 'event-wait': 'waits for an event',
  join: 'waits at join()', 'sem-block': 'waits on a semaphore', 'barrier-wait': 'waits at a barrier', 'queue-get': 'waits on a queue',
}

/// For each thread still waiting at the end of a trace: its name, line and what it waits on.
export function waitingAtEnd(trace: readonly TraceEvent[]): { thread: string; line: number; what: string }[] {
  const names = new Map<number, string>()
  const last = new Map<number, TraceEvent>()
  for (const e of trace) {
    if ((e.kind === 'thread-start' || e.kind === 'thread-name') && typeof e.detail === 'string') names.set(e.thread, e.detail)
    if (e.kind === 'switch' || e.kind === 'deadlock' || e.kind === 'exit') continue
    last.set(e.thread, e)
  }
  const out: { thread: string; line: number; what: string }[] = []
  for (const [t, e] of last) {
    if (e.kind === 'thread-end') continue
    // a condition wait inside Event.wait or join is reported as the outer wait
    const what = WAITS[e.kind] ?? (e.kind === 'wait' ? WAITS.wait : null)
    if (what && e.line > 0) out.push({ thread: names.get(t) ?? `Thread ${t}`, line: e.line, what })
  }
  return out
}

/// The verdict on a run with no level to judge it.
export function plainVerdict(r: RunResult): VerdictView {
  if (r.exitCode === 3) {
    const waits = waitingAtEnd(r.trace)
    const marks: Mark[] = waits.map((w) => ({ line: w.line, message: `${w.thread} ${w.what}`, kind: 'wait' as const }))
    return {
      passed: false, kind: 'deadlock', headline: 'The kitchen is blocked: every cook is waiting and no one can wake them.',
      details: waits.map((w) => `${w.thread} ${w.what} at line ${w.line}`), marks, certificate: null, counterexample: null, par: null,
    }
  }
  if (r.exitCode !== 0) {
    const m = /line (\d+)[^\n]*\n(?:.*\n)*?(\w+(?:Error|Exception)[^\n]*)/.exec(r.stderr)
    const marks: Mark[] = m ? [{ line: Number(m[1]), message: m[2], kind: 'error' }] : []
    return { passed: false, kind: 'exception', headline: `The program stopped with an error (exit code ${r.exitCode}).`, details: r.stderr.trim().split('\n').slice(-3), marks, certificate: null, counterexample: null, par: null }
  }
  return { passed: true, kind: 'finished', headline: `The kitchen finished in ${r.time} s of kitchen time.`, details: [], marks: [], certificate: null, counterexample: null, par: null }
}
