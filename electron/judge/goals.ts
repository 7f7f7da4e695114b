/// A level's goals checked over one run's facts. Each unmet goal is a
/// finding in the learner's words, pointing at the lines involved.

import type { RunResult } from '../engine/run.ts'
import type { Goals, Finding } from './types.ts'
import { type Facts, type ActionSpan, threadName } from './facts.ts'

interface Ref { readonly verb: string; readonly what: string }

function ref(s: string): Ref {
  const i = s.indexOf(' ')
  return { verb: s.slice(0, i), what: s.slice(i + 1) }
}

/// Spans (actions, serves or prints) that an order reference names.
function spans(f: Facts, r: Ref): ActionSpan[] {
  if (r.verb === 'print') {
    return f.prints.filter((p) => p.text === r.what || p.text.startsWith(r.what))
      .map((p) => ({ verb: 'print', dish: p.text, station: '', thread: p.thread, line: p.line, startSeq: p.seq, startTime: 0, endSeq: p.seq, endTime: 0 }))
  }
  if (r.verb === 'serve') return f.serves.filter((s) => s.dish === r.what)
  return f.actions.filter((a) => a.verb === r.verb && a.dish === r.what)
}

/// The spans an order goal compares.
export function orderSpans(f: Facts, o: { readonly first: string; readonly then: string }): { firsts: ActionSpan[]; thens: ActionSpan[] } {
  return { firsts: spans(f, ref(o.first)), thens: spans(f, ref(o.then)) }
}

function describe(r: Ref): string {
  return r.verb === 'print' ? `printing "${r.what}"` : `${r.verb} ${r.what}`
}

/// Findings for every goal the run does not meet, in the order goals are listed in `Goals`.
export function checkGoals(goals: Goals, run: RunResult, f: Facts): Finding[] {
  const out: Finding[] = []
  if (goals.finish) {
    const exc = f.trace.find((e) => e.kind === 'exception')
    if (exc) {
      out.push({ kind: 'exception', message: `${threadName(f, exc.thread)} stopped with an error: ${String(exc.detail ?? 'an exception')}`,
        places: [{ line: exc.line, thread: threadName(f, exc.thread), note: String(exc.detail ?? 'raised here') }] })
    } else if (!f.deadlocked && run.exitCode !== 0) {
      out.push({ kind: 'unfinished', message: `the kitchen did not close properly (exit code ${run.exitCode})`, places: [] })
    }
  }
  if (goals.served) {
    const want = countOf(goals.served)
    const got = countOf(f.serves.map((s) => s.dish))
    const missing: string[] = []
    const extra: string[] = []
    for (const [d, n] of want) for (let i = got.get(d) ?? 0; i < n; i++) missing.push(d)
    for (const [d, n] of got) for (let i = want.get(d) ?? 0; i < n; i++) extra.push(d)
    if (missing.length || extra.length) {
      const parts = []
      if (missing.length) parts.push(`never served: ${missing.join(', ')}`)
      if (extra.length) parts.push(`served but not ordered: ${extra.join(', ')}`)
      out.push({ kind: 'served', message: `the guests did not get what they ordered (${parts.join('; ')})`,
        places: f.serves.filter((s) => extra.includes(s.dish)).map((s) => ({ line: s.line, thread: threadName(f, s.thread), note: `serves ${s.dish}` })) })
    }
  }
  for (const o of goals.order ?? []) {
    const a = ref(o.first), b = ref(o.then)
    const firsts = spans(f, a), thens = spans(f, b)
    if (thens.length === 0) continue
    const firstThen = thens.reduce((m, s) => (s.startSeq < m.startSeq ? s : m))
    const lateFirst = firsts.find((s) => s.endSeq > firstThen.startSeq)
    if (firsts.length === 0) {
      out.push({ kind: 'order', message: `${describe(b)} happened, but ${describe(a)} never did`,
        places: [{ line: firstThen.line, thread: threadName(f, firstThen.thread), note: describe(b) }] })
    } else if (lateFirst) {
      const when = a.verb === 'print' ? `before ${describe(a)}` : `while ${describe(a)} ${lateFirst.endSeq === Infinity ? 'never finished' : 'was not finished yet'}`
      out.push({ kind: 'order', message: `${describe(b)} happened ${when}`,
        places: [
          { line: firstThen.line, thread: threadName(f, firstThen.thread), note: `${describe(b)} too early` },
          { line: lateFirst.line, thread: threadName(f, lateFirst.thread), note: `${describe(a)} still going` },
        ] })
    }
  }
  if (goals.output) {
    const got = run.stdout.replace(/\n$/, '').split('\n')
    const want = goals.output
    const i = want.findIndex((l, k) => got[k] !== l)
    if (i >= 0 || got.length !== want.length) {
      const k = i >= 0 ? i : Math.min(got.length, want.length)
      const p = f.prints[k]
      out.push({ kind: 'output', message: k < want.length
        ? `line ${k + 1} of the output should be "${want[k]}"${got[k] !== undefined ? `, not "${got[k]}"` : ', but the output ended before it'}`
        : `the output has more lines than expected ("${got[k]}")`,
      places: p ? [{ line: p.line, thread: threadName(f, p.thread), note: 'printed here' }] : [] })
    }
  }
  if (goals.outputIncludes) {
    const got = new Set(run.stdout.split('\n'))
    const missing = goals.outputIncludes.filter((l) => !got.has(l))
    if (missing.length) out.push({ kind: 'output', message: `never printed: ${missing.map((m) => `"${m}"`).join(', ')}`, places: [] })
  }
  if (goals.maxTime !== undefined && run.time > goals.maxTime + 1e-9) {
    out.push({ kind: 'too-slow', message: `the kitchen took ${fmt(run.time)} s; the goal is at most ${fmt(goals.maxTime)} s`, places: [] })
  }
  return out
}

function countOf(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '')
}
