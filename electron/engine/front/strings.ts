/// Python string literals: prefixes, quotes and escape sequences.

/// A literal's prefix letters (lower-cased) and its body between the quotes.
export interface LiteralParts {
  readonly prefix: string
  readonly body: string
  /// Offset of the body within the literal's text.
  readonly bodyStart: number
}

export function splitLiteral(text: string): LiteralParts {
  const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(text)
  if (!m) throw new Error('not a string literal')
  const prefix = m[1].toLowerCase()
  const q = m[2]
  const bodyStart = m[0].length
  const body = text.slice(bodyStart, text.length - q.length)
  return { prefix, body, bodyStart }
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
}

/// Decodes backslash escapes (not for raw strings). Throws a message for a
/// malformed escape, as CPython does.
export function unescape(body: string): string {
  if (!body.includes('\\')) return body
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') { out += c; continue }
    const n = body[i + 1]
    if (n === undefined) { out += '\\'; break }
    if (n in SIMPLE) { out += SIMPLE[n]; i++; continue }
    if (n === '\r' && body[i + 2] === '\n') { i += 2; continue }
    if (n >= '0' && n <= '7') {
      let j = i + 1
      let digits = ''
      while (j < body.length && digits.length < 3 && body[j] >= '0' && body[j] <= '7') digits += body[j++]
      out += String.fromCodePoint(parseInt(digits, 8))
      i = j - 1
      continue
    }
    const hexLen = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0
    if (hexLen) {
      const hex = body.slice(i + 2, i + 2 + hexLen)
      if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = n === 'x' ? 'truncated \\xXX escape' : n === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape'
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 1}: ${kind}`)
      }
      out += String.fromCodePoint(parseInt(hex, 16))
      i += 1 + hexLen
      continue
    }
    if (n === 'N') throw new EscapeError('\\N{...} escapes are not supported in the kitchen')
    // an unknown escape keeps its backslash (with a DeprecationWarning in CPython)
    out += '\\' + n
    i++
  }
  return out
}

export class EscapeError extends Error {}
