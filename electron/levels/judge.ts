/// Judging a player's program for a level: refuse what edits locked lines or
/// misuses the palette, run what is left, and hand the run to the judge.

import { runProgram, type RunResult } from '../engine/index.ts'
import { judgeRun, refusedVerdict } from '../judge/judge.ts'
import type { Verdict } from '../judge/types.ts'
import { parse } from '../engine/front/parse.ts'
import { compile } from '../engine/compile/compiler.ts'
import { PySyntaxError } from '../engine/front/syntax-error.ts'
import { applyPlacements, checkSolution, statementCount, SolutionRefused } from './program.ts'
import type { Level, SolutionSpec } from './types.ts'

export interface JudgeOptions {
  readonly seed?: number
  readonly switchPoints?: 'cpython' | 'language'
  /// Steps before a run counts as never ending (default 200,000).
  readonly maxSteps?: number
  /// Trace every shared read and write (default: when the level forbids races
  /// or busy waiting, whose detectors read them).
  readonly accesses?: boolean
  /// Output as it is produced (live play).
  readonly onOutput?: (text: string, toStderr: boolean) => void
}

/// A verdict with the run it judged (null when the program was refused).
export interface LevelVerdict extends Verdict {
  readonly run: RunResult | null
}

/// Level programs take a few hundred switch points; a thousand times that never ends.
export const DEFAULT_MAX_STEPS = 200_000

/// The program a solution written in the level file stands for.
export function solutionSource(level: Level, spec: Pick<SolutionSpec, 'placements' | 'program'>): string {
  return spec.program ?? applyPlacements(level, spec.placements ?? {})
}

/// Judges a whole program for a level: refused (with reasons and lines), or
/// run once and judged against the level's goals.
export function judge(level: Level, source: string, options: JudgeOptions = {}): LevelVerdict {
  let statements: number
  try {
    statements = statementCount(checkSolution(level, source))
  } catch (e) {
    if (e instanceof SolutionRefused) return { ...refusedVerdict(e.problems), run: null }
    throw e
  }
  try {
    compile(parse(source, 'program.py'), 'program.py', source)
  } catch (e) {
    if (e instanceof PySyntaxError) return { ...refusedVerdict([{ line: e.line, message: `${e.excType}: ${e.pyMessage}` }]), run: null }
    throw e
  }
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
  const run = runProgram(source, {
    filename: 'program.py', seed: options.seed ?? level.seed, maxSteps,
    switchPoints: options.switchPoints ?? 'cpython', onOutput: options.onOutput,
    // the race and spin detectors read every shared access; only levels that forbid them pay for it
    accesses: options.accesses ?? (level.goals.noRaces === true || level.goals.noBusyWaiting === true),
  })
  const verdict = judgeRun({ goals: level.goals, run, source, statements, par: level.par, maxSteps })
  return { ...verdict, run }
}
