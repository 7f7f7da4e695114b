/// Level benchmarks: for every shipped level, the time the inspector takes
/// to certify its reference solution and to refute each wrong one, with and
/// without partial-order reduction, and without the import snapshot (every
/// schedule runs the library's module bodies again: what it saves), beside
/// one python3 run of the same reference solution (sleeps scaled to zero) as
/// the anchor.

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync, copyFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { loadLevels, solutionSource, inspectLevel } from '../electron/levels/index.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/// The issue's targets at the default bound.
const CERTIFY_TARGET = 2
const REFUTE_TARGET = 1

export interface LevelFigures {
  readonly id: string
  readonly certify: { seconds: number; schedules: number; verdict: string }
  readonly certifyNoReduction: { seconds: number; schedules: number; verdict: string }
  readonly certifyNoImportSnapshot: { seconds: number; schedules: number; verdict: string }
  readonly refuteWorst: { seconds: number; refuted: number; of: number }
  readonly cpythonRun: number
}

/// Best of ten runs of a program inside one python3 process, sleeps scaled to zero.
function cpythonSeconds(source: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'kitchen-bench-'))
  try {
    writeFileSync(join(dir, 'program.py'), source)
    copyFileSync(join(ROOT, 'electron', 'engine', 'lib', 'cpython', 'kitchen.py'), join(dir, 'kitchen.py'))
    const r = spawnSync('python3', [join(ROOT, 'bench', 'cpython_time.py'), 'program.py', '10', 'best'], {
      cwd: dir, encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: [dir, join(ROOT, 'test', 'support', 'pyshim')].join(':'), KITCHEN_SLEEP_SCALE: '0', PYTHONIOENCODING: 'utf-8' },
    })
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`)
    return Number(r.stderr.trim().split('\n').pop())
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function levelFigures(): LevelFigures[] {
  const out: LevelFigures[] = []
  for (const level of loadLevels(join(ROOT, 'levels'))) {
    const ref = solutionSource(level, level.solution)
    const timed = (source: string, reduction: boolean, timeLimit: number, importCache = true) => {
      const t0 = performance.now()
      const r = inspectLevel(level, source, { reduction, timeLimit, importCache })
      return { seconds: (performance.now() - t0) / 1000, schedules: r.report.schedules, verdict: r.report.verdict, kind: r.kind }
    }
    const certifyNoImportSnapshot = timed(ref, true, 30, false)
    const certify = timed(ref, true, 30)
    const certifyNoReduction = timed(ref, false, 30)
    // the snapshot must not change what is explored
    if (certify.verdict !== 'inconclusive' && certifyNoImportSnapshot.verdict !== 'inconclusive' &&
      (certify.schedules !== certifyNoImportSnapshot.schedules || certify.verdict !== certifyNoImportSnapshot.verdict)) {
      throw new Error(`${level.id}: the import snapshot changed the exploration (${certify.schedules} schedules, ${certify.verdict}; without: ${certifyNoImportSnapshot.schedules}, ${certifyNoImportSnapshot.verdict})`)
    }
    let worst = 0
    let refuted = 0
    for (const w of level.wrong) {
      const r = timed(solutionSource(level, w), true, 10)
      worst = Math.max(worst, r.seconds)
      if (r.kind !== 'pass') refuted++
    }
    out.push({ id: level.id, certify, certifyNoReduction, certifyNoImportSnapshot, refuteWorst: { seconds: worst, refuted, of: level.wrong.length }, cpythonRun: cpythonSeconds(ref) })
  }
  return out
}

function f(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3)
}

/// Prints the table; returns the figures for the history file.
export function printLevelBenchmarks(): LevelFigures[] {
  const figs = levelFigures()
  const head = ['level', 'certify s', 'schedules', 'verdict', 'no import snapshot s', 'no POR s', 'schedules', 'verdict', 'refute worst s', 'refuted', 'CPython run s', 'certify / CPython run']
  const rows = figs.map((x) => [
    x.id, f(x.certify.seconds), String(x.certify.schedules), x.certify.verdict, f(x.certifyNoImportSnapshot.seconds),
    f(x.certifyNoReduction.seconds), String(x.certifyNoReduction.schedules), x.certifyNoReduction.verdict,
    f(x.refuteWorst.seconds), `${x.refuteWorst.refuted}/${x.refuteWorst.of}`, f(x.cpythonRun), f(x.certify.seconds / x.cpythonRun) + 'x',
  ])
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ')
  console.log()
  console.log('Levels: the inspector at the default bound (language switch points, the level\'s durations), with partial-order reduction and without, and without the import snapshot')
  console.log(line(head))
  for (const r of rows) console.log(line(r))
  const slowCert = figs.filter((x) => x.certify.seconds > CERTIFY_TARGET || x.certify.verdict !== 'certified').map((x) => x.id)
  const total = (k: 'certify' | 'certifyNoImportSnapshot'): number => figs.reduce((a, x) => a + x[k].seconds, 0)
  console.log(`certifying every reference: ${f(total('certify'))} s with the import snapshot, ${f(total('certifyNoImportSnapshot'))} s without (${f(total('certifyNoImportSnapshot') / total('certify'))}x)`)
  const slowRef = figs.filter((x) => x.refuteWorst.seconds > REFUTE_TARGET || x.refuteWorst.refuted < x.refuteWorst.of).map((x) => x.id)
  console.log(`targets: reference certified within ${CERTIFY_TARGET} s: ${figs.length - slowCert.length}/${figs.length}${slowCert.length ? ` (not: ${slowCert.join(', ')})` : ''}; ` +
    `every wrong solution refuted within ${REFUTE_TARGET} s: ${figs.length - slowRef.length}/${figs.length}${slowRef.length ? ` (not: ${slowRef.join(', ')})` : ''}`)
  return figs
}
