/// Python's repr() and ascii() of a str, as CPython 3.11 prints them.
///
/// Strings are JS strings: a surrogate pair is one code point; a lone
/// surrogate stays a lone code point (printed as \udxxx, as Python does).

import { isPrintableCp } from './unicode.ts'

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0')
}

function escapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2)
  if (cp < 0x10000) return '\\u' + hex(cp, 4)
  return '\\U' + hex(cp, 8)
}

function quoteFor(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'"
}

function reprBody(s: string, quote: string, asciiOnly: boolean): string {
  // fast path: printable ASCII without quote or backslash
  if (/^[\x20-\x7e]*$/.test(s) && !s.includes(quote) && !s.includes('\\')) return s
  let out = ''
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2)
    else if (cp < 0x7f) out += ch
    else if (!asciiOnly && isPrintableCp(cp)) out += ch
    else out += escapeCp(cp)
  }
  return out
}

/// repr(s) for a str: single quotes unless s contains ' and no ".
export function strRepr(s: string): string {
  const q = quoteFor(s)
  return q + reprBody(s, q, false) + q
}

/// ascii(s) for a str (also '!a'): repr with every non-ASCII character escaped.
export function asciiRepr(s: string): string {
  const q = quoteFor(s)
  return q + reprBody(s, q, true) + q
}

/// What ascii() does to any object's repr text: escape its non-ASCII
/// characters (\xNN, \uNNNN, \UNNNNNNNN).
export function asciiEscape(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    out += cp < 0x80 ? ch : escapeCp(cp)
  }
  return out
}
