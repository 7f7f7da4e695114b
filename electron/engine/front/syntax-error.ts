/// A Python SyntaxError found by the front end or the compiler, with what
/// CPython's report needs: file, line (1-based), column (0-based), the
/// source line.
export class PySyntaxError extends Error {
  constructor(
    readonly pyMessage: string,
    readonly filename: string,
    readonly line: number,
    readonly col: number,
    readonly text: string,
    readonly excType: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ) {
    super(`${filename}:${line}:${col + 1}: ${excType}: ${pyMessage}`)
  }

  /// CPython's report: `  File "program.py", line 3`, the line, a caret, the message.
  report(): string {
    const raw = this.text.replace(/\n$/, '')
    const trimmed = raw.replace(/^\s+/, '')
    const shift = raw.length - trimmed.length
    const caret = ' '.repeat(Math.max(0, this.col - shift)) + '^'
    const lines = [`  File "${this.filename}", line ${this.line}`]
    if (trimmed.length > 0) lines.push(`    ${trimmed}`, `    ${caret}`)
    lines.push(`${this.excType}: ${this.pyMessage}`)
    return lines.join('\n') + '\n'
  }
}
