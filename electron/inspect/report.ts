/// The inspector's report: in words for people, as one JSON object for
/// programs (`schemas/inspect-report.schema.json`).

import type { InspectReport, Step } from './api.ts'

const SWITCH_POINTS = {
  language: 'language (any shared read or write, any synchronization call)',
  cpython: 'cpython (where CPython 3.11 switches threads: calls, loop back-edges, blocking)',
}

export function formatReport(r: InspectReport, filename: string): string {
  const out: string[] = []
  const bound = r.bound === null ? 'no bound' : `bound ${r.bound}`
  out.push(`Inspected ${filename}: ${bound}, switch points ${SWITCH_POINTS[r.switchPoints]}, partial-order reduction ${r.reduction ? 'on' : 'off'}.`)
  if (r.durations) out.push(`Durations as ranges: every sleep and cooking action${r.durations.timeouts ? ' and every timeout' : ''} may take ${pct(r.durations.jitter)} less or more than written; every order of wake-ups those lengths allow is explored (one out of the written order counts as a preemption).`)
  const explored = `${r.schedules} schedule${r.schedules === 1 ? '' : 's'} explored in ${r.seconds.toFixed(2)} s`
  if (r.verdict === 'certified') {
    const all = r.coverage.completedBound !== null && (r.bound === null || r.coverage.completedBound < r.bound)
    out.push(all
      ? `Verdict: CERTIFIED. Every interleaving was explored (no schedule needed more than ${r.coverage.completedBound} preemption${r.coverage.completedBound === 1 ? '' : 's'}); none fails. ${explored}.`
      : `Verdict: CERTIFIED within the bound: no interleaving with at most ${r.bound} preemption${r.bound === 1 ? '' : 's'} fails. ${explored}.`)
  } else if (r.verdict === 'inconclusive') {
    const done = r.coverage.completedBound === null ? 'not even the schedules without preemptions were all covered' : `every interleaving with at most ${r.coverage.completedBound} preemption${r.coverage.completedBound === 1 ? '' : 's'} passed`
    out.push(`Verdict: INCONCLUSIVE. The ${r.coverage.stoppedBy === 'time' ? 'time limit' : 'schedule budget'} ran out first: ${done}. ${explored}.`)
  } else {
    const f = r.failure!
    const late = f.wakeUpsOutOfOrder ? ` (${f.wakeUpsOutOfOrder} of them a wake-up out of the written order)` : ''
    out.push(`Verdict: REFUTED. An interleaving with ${f.preemptions} preemption${f.preemptions === 1 ? '' : 's'}${late} fails (the fewest for this failure). ${explored}.`)
    out.push('')
    out.push(`Failure: ${f.kind}: ${f.message}`)
    out.push(`  in ${f.thread}${f.line ? ` at line ${f.line}` : ''}`)
    if (f.hiddenByCPython) {
      out.push('  CPython 3.11 happens to hide it: its threads never switch where this failure needs them to, so')
      out.push('  python3 passes this program every time. Python the language promises no such thing.')
    }
    out.push('')
    out.push('The interleaving, turn by turn:')
    f.steps.forEach((s, i) => out.push(`  ${i + 1}. ${describeStep(s)}`))
    if (f.durations?.length) {
      out.push('')
      out.push('How long each wait took in this run (all within the ranges):')
      for (const d of f.durations) out.push(`  ${d.thread}, line ${d.line}: asked ${secs(d.asked)}, ${d.ended ? 'took' : 'would have taken'} ${secs(d.took)}`)
    }
  }
  if (r.races.length > 0) {
    out.push('')
    out.push(`Data races (conflicting accesses that no lock or event orders${r.verdict === 'certified' ? '; they did not fail here, but nothing makes them safe' : ''}):`)
    for (const race of r.races) {
      out.push(`  ${race.variable}: ${race.first.op} by ${race.first.thread} at line ${race.first.line}, ${race.second.op} by ${race.second.thread} at line ${race.second.line}`)
    }
  }
  return out.join('\n') + '\n'
}

function pct(j: number): string {
  return `${Number((j * 100).toFixed(2))}%`
}

function secs(x: number): string {
  return `${Number(x.toFixed(3))} s`
}

function describeStep(s: Step): string {
  const lines = s.lines.length === 0 ? 'runs no line of the program' : `runs line${s.lines.length === 1 ? '' : 's'} ${compact(s.lines)}`
  const ended = {
    preempted: ', then is PREEMPTED',
    blocked: ', then waits',
    finished: ', and finishes',
    switched: ', then hands over',
    failed: ', and fails',
  }[s.ended]
  const notes = s.notes.length ? ` [${s.notes.join('; ')}]` : ''
  return `${s.thread} ${lines}${ended}${notes}`
}

/// 3, 4, 5, 9 -> "3-5, 9" (in the order run; runs only when ascending).
function compact(lines: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let j = i
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++
    parts.push(j > i + 1 ? `${lines[i]}-${lines[j]}` : j === i + 1 ? `${lines[i]}, ${lines[j]}` : `${lines[i]}`)
    i = j
  }
  return parts.join(', ')
}

/// The JSON form: the report without the recording (a run file holds that).
export function reportToJson(r: InspectReport): object {
  const f = r.failure
  return {
    verdict: r.verdict,
    durations: r.durations,
    bound: r.bound,
    switchPoints: r.switchPoints,
    reduction: r.reduction,
    schedules: r.schedules,
    seconds: Number(r.seconds.toFixed(3)),
    coverage: r.coverage,
    failure: f === null ? null : {
      kind: f.kind, message: f.message, thread: f.thread, line: f.line, preemptions: f.preemptions,
      hiddenByCPython: f.hiddenByCPython ?? null, steps: f.steps,
      ...(f.durations ? { durations: f.durations, wakeUpsOutOfOrder: f.wakeUpsOutOfOrder ?? 0 } : {}),
    },
    races: r.races,
  }
}
