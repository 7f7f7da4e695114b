/// A level is valid when its reference solution passes and each wrong
/// solution gets the verdict it declares. Problems point at the solution in
/// the level file.

import type { Level, SolutionSpec } from './types.ts'
import type { LevelProblem } from './errors.ts'
import { judge, solutionSource, type JudgeOptions, type LevelVerdict } from './judge.ts'
import { SolutionRefused } from './program.ts'
import { inspectLevel } from './inspect.ts'

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
    if (spec.caughtBy === 'inspector') {
      // the point of such a solution: one run cannot tell, the inspector can
      if (!verdict.passed) return { spec, verdict, problem: at(`wrong solution '${spec.name}' is caught by a live run already (${verdict.kind}): drop 'caughtBy: inspector'`) }
      const r = inspectLevel(level, source, { timeLimit: 10 })
      if (r.kind === 'pass') return { spec, verdict, problem: at(`wrong solution '${spec.name}' is not refuted by the inspector (${r.report.verdict}, ${r.report.schedules} schedules)`) }
      if (r.kind !== spec.verdict) return { spec, verdict, problem: at(`wrong solution '${spec.name}' is refuted by the inspector with '${r.kind}', not the '${spec.verdict}' it declares: ${r.report.failure?.message ?? ''}`) }
      return { spec, verdict, problem: null }
    }
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
