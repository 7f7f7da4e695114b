/// A level is valid when its reference solution passes and each wrong
/// solution gets the verdict it declares. Problems point at the solution in
/// the level file.

import type { Level, SolutionSpec } from './types.ts'
import type { LevelProblem } from './errors.ts'
import { judge, solutionSource, type JudgeOptions, type LevelVerdict } from './judge.ts'
import { SolutionRefused } from './program.ts'

export interface SolutionCheck {
  readonly spec: SolutionSpec
  readonly verdict: LevelVerdict | null
  readonly problem: LevelProblem | null
}

/// Judges the reference and every wrong solution of a level.
export function checkLevelSolutions(level: Level, options: JudgeOptions = {}): SolutionCheck[] {
  return [level.solution, ...level.wrong].map((spec) => {
    const at = (message: string): LevelProblem => ({ file: spec.pos.file, line: spec.pos.line, column: spec.pos.column, message })
    let source: string
    try {
      source = solutionSource(level, spec)
    } catch (e) {
      if (e instanceof SolutionRefused) return { spec, verdict: null, problem: at(`${spec.name}: ${e.message}`) }
      throw e
    }
    const verdict = judge(level, source, options)
    if (spec.verdict === 'pass' && !verdict.passed) {
      return { spec, verdict, problem: at(`the reference solution fails: ${verdict.kind}: ${verdict.failures[0]?.message ?? ''}`) }
    }
    if (spec.verdict !== 'pass' && verdict.passed) {
      return { spec, verdict, problem: at(`wrong solution '${spec.name}' passes (it should get '${spec.verdict}')`) }
    }
    if (spec.verdict !== verdict.kind) {
      return { spec, verdict, problem: at(`wrong solution '${spec.name}' gets '${verdict.kind}', not the '${spec.verdict}' it declares: ${verdict.failures[0]?.message ?? ''}`) }
    }
    return { spec, verdict, problem: null }
  })
}
