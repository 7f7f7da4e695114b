/// A light pass over the raw text for two errors Lezer does not pin down
/// as CPython does: an unterminated string (reported on its own line) and a
/// dedent to a column that no enclosing block uses.

export interface LayoutProblem {
  readonly message: string
  readonly line: number
  readonly col: number
  readonly kind: 'SyntaxError' | 'IndentationError'
}

export function checkLayout(src: string): LayoutProblem | null {
  const lines = src.split('\n')
  const indents = [0]
  let depth = 0 // open brackets
  let triple: string | null = null
  let tripleLine = 0
  let continued = false
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
    let i = 0
    const startsLogical = depth === 0 && triple === null && !continued
    if (startsLogical) {
      const m = /^[ \t]*/.exec(line)!
      const rest = line.slice(m[0].length)
      if (rest !== '' && !rest.startsWith('#')) {
        const col = m[0].replace(/\t/g, '        ').length
        if (col > indents[indents.length - 1]) indents.push(col)
        else {
          while (col < indents[indents.length - 1]) indents.pop()
          if (col !== indents[indents.length - 1]) {
            return { message: 'unindent does not match any outer indentation level', line: n + 1, col, kind: 'IndentationError' }
          }
        }
      }
    }
    continued = false
    while (i < line.length) {
      if (triple !== null) {
        const end = line.indexOf(triple, i)
        if (end < 0) { i = line.length; break }
        i = end + 3
        triple = null
        continue
      }
      const c = line[i]
      if (c === '#') break
      if (c === '\\' && i === line.length - 1) { continued = true; break }
      if ('([{'.includes(c)) depth++
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1)
      else if (c === '"' || c === "'") {
        if (line.startsWith(c.repeat(3), i)) { triple = c.repeat(3); tripleLine = n + 1; i += 3; continue }
        let j = i + 1
        let closed = false
        while (j < line.length) {
          if (line[j] === '\\') { j += 2; continue }
          if (line[j] === c) { closed = true; break }
          j++
        }
        if (!closed) {
          if (line.endsWith('\\')) { continued = true; break }
          let start = i
          while (start > 0 && /[rRbBfFuU]/.test(line[start - 1])) start--
          return { message: `unterminated string literal (detected at line ${n + 1})`, line: n + 1, col: start, kind: 'SyntaxError' }
        }
        i = j + 1
        continue
      }
      i++
    }
  }
  if (triple !== null) {
    return { message: `unterminated triple-quoted string literal (detected at line ${lines.length})`, line: tripleLine, col: 0, kind: 'SyntaxError' }
  }
  return null
}
