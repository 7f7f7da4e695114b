/// Python 3.11's Unicode character properties (Unicode 14.0), per code point:
/// JS \p{...} classes, corrected by generated tables (unicodeData.ts) for the
/// code points where this Node's newer Unicode or Python's definitions differ.

import { TOGGLE, UNASSIGNED, UPPER_MAP, LOWER_MAP, TITLE_MAP } from './unicodeData.ts'

function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0, hi = (r.length >> 1) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cp < r[2 * mid]) hi = mid - 1
    else if (cp > r[2 * mid + 1]) lo = mid + 1
    else return true
  }
  return false
}

/// Unassigned (Cn) in Python 3.11's Unicode database.
export function isUnassigned(cp: number): boolean {
  return inRanges(UNASSIGNED, cp)
}

const RE = {
  alpha: /\p{L}/u, decimal: /\p{Nd}/u, digit: /\p{Nd}/u, numeric: /\p{N}/u,
  printable: /[^\p{C}\p{Z}]/u, upper: /\p{Uppercase}/u, lower: /\p{Lowercase}/u,
  title: /\p{Lt}/u, xidstart: /\p{XID_Start}/u, xidcont: /\p{XID_Continue}/u,
}
type Prop = keyof typeof RE

function prop(name: Prop, cp: number): boolean {
  if (isUnassigned(cp)) return false
  return RE[name].test(String.fromCodePoint(cp)) !== inRanges(TOGGLE[name], cp)
}

const isAsciiDigit = (cp: number) => cp >= 48 && cp <= 57
const isAsciiUpper = (cp: number) => cp >= 65 && cp <= 90
const isAsciiLower = (cp: number) => cp >= 97 && cp <= 122

export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return isAsciiUpper(cp) || isAsciiLower(cp)
  return prop('alpha', cp)
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return isAsciiDigit(cp)
  return prop('decimal', cp)
}
export function isDigitCp(cp: number): boolean {
  if (cp < 128) return isAsciiDigit(cp)
  return prop('digit', cp)
}
export function isNumericCp(cp: number): boolean {
  if (cp < 128) return isAsciiDigit(cp)
  return prop('numeric', cp)
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp)
}
export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127
  return prop('printable', cp)
}
/// Derived Uppercase property (Python's isupper() per character).
export function isUpperCp(cp: number): boolean {
  if (cp < 128) return isAsciiUpper(cp)
  return prop('upper', cp)
}
/// Derived Lowercase property.
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return isAsciiLower(cp)
  return prop('lower', cp)
}
/// General category Lt.
export function isTitleCp(cp: number): boolean {
  if (cp < 128) return false
  return prop('title', cp)
}
export function isXidStartCp(cp: number): boolean {
  if (cp < 128) return isAsciiUpper(cp) || isAsciiLower(cp)
  return prop('xidstart', cp)
}
export function isXidContinueCp(cp: number): boolean {
  if (cp < 128) return isAsciiUpper(cp) || isAsciiLower(cp) || isAsciiDigit(cp) || cp === 95
  return prop('xidcont', cp)
}

const CASED = /\p{Cased}/u
const CASE_IGNORABLE = /\p{Case_Ignorable}/u
export function isCasedCp(cp: number): boolean {
  if (cp < 128) return isAsciiUpper(cp) || isAsciiLower(cp)
  return !isUnassigned(cp) && CASED.test(String.fromCodePoint(cp))
}
export function isCaseIgnorableCp(cp: number): boolean {
  if (cp < 128) return cp === 39 || cp === 46 || cp === 58 || cp === 94 || cp === 96
  return !isUnassigned(cp) && CASE_IGNORABLE.test(String.fromCodePoint(cp))
}

/// Python's whitespace (str.isspace, str.split()): category Zs or bidi class WS, B, S.
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31)
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
}

/// Line boundaries for str.splitlines().
export function isLineBreakCp(cp: number): boolean {
  return (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30) || cp === 0x85 || cp === 0x2028 || cp === 0x2029
}

/// The decimal digit value of a Unicode decimal digit (category Nd), else -1.
export function decimalValue(cp: number): number {
  if (cp < 128) return isAsciiDigit(cp) ? cp - 48 : -1
  if (!isDecimalCp(cp)) return -1
  // Nd digits come in runs of ten starting at zero
  let k = 0
  while (isDecimalCp(cp - k - 1)) k++
  return k % 10
}

function mapped(table: Record<number, number[]>, cp: number, js: (s: string) => string): string {
  const m = table[cp]
  if (m !== undefined) return String.fromCodePoint(...m)
  if (cp >= 128 && isUnassigned(cp)) return String.fromCodePoint(cp)
  return js(String.fromCodePoint(cp))
}
/// Full case mappings of one code point, as Python 3.11 applies them.
export function upperFull(cp: number): string { return mapped(UPPER_MAP, cp, (s) => s.toUpperCase()) }
export function lowerFull(cp: number): string { return mapped(LOWER_MAP, cp, (s) => s.toLowerCase()) }
export function titleFull(cp: number): string { return mapped(TITLE_MAP, cp, (s) => s.toUpperCase()) }

/// _PyUnicode_TransformDecimalAndSpaceToASCII followed by stripping ASCII
/// whitespace: the text int() and float() parse. null when a non-ASCII
/// character is neither whitespace nor a decimal digit.
export function asciiNumberText(s: string): string | null {
  let t = s
  if (/[^\x00-\x7e]/.test(s)) {
    t = ''
    for (const ch of s) {
      const cp = ch.codePointAt(0)!
      if (cp < 127) t += ch
      else if (isSpaceCp(cp)) t += ' '
      else {
        const v = decimalValue(cp)
        if (v < 0) return null
        t += String.fromCharCode(48 + v)
      }
    }
  }
  let a = 0, b = t.length
  while (a < b && isAsciiSpace(t.charCodeAt(a))) a++
  while (b > a && isAsciiSpace(t.charCodeAt(b - 1))) b--
  return a === 0 && b === t.length ? t : t.slice(a, b)
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}
