/// Problems found in a level file, each at file:line:column.

export interface LevelProblem {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
}

export function formatProblem(p: LevelProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`
}

/// A level file that cannot be used: every problem found, in file order.
export class LevelError extends Error {
  constructor(readonly problems: readonly LevelProblem[]) {
    super(problems.map(formatProblem).join('\n'))
  }
}
