/// Levels: the files a teacher writes, loaded and checked, and the API the
/// app and the CLI use to turn a player's placements into a verdict.

export type { Level, Slot, PaletteEntry, Placements, SolutionSpec, SourcePos } from './types.ts'
export type { Goals, Verdict, VerdictKind, Finding, Place } from '../judge/types.ts'
export { loadLevel, loadLevels, parseLevel, checkLevelSet, LEVEL_FILE } from './load.ts'
export { LevelError, formatProblem, type LevelProblem } from './errors.ts'
export { applyPlacements, checkSolution, statementCount, placementProblems, SolutionRefused, type SolutionProblem } from './program.ts'
export { judge, solutionSource, levelRunOptions, DEFAULT_MAX_STEPS, type JudgeOptions, type LevelVerdict } from './judge.ts'
export { checkLevelSolutions, type SolutionCheck } from './check.ts'
export { inspectLevel, goalCheck, INSPECT_MAX_STEPS, type LevelInspection } from './inspect.ts'
