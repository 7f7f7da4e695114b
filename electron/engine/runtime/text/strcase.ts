/// str case conversions (upper, lower, title, capitalize, swapcase) and the
/// is...() predicates, with Python 3.11's Unicode rules (see unicode.ts).
/// Strings are JS strings; a surrogate pair is one code point.

import {
  isSpaceCp, isAlphaCp, isDecimalCp, isDigitCp, isNumericCp, isAlnumCp,
  isPrintableCp, isUpperCp, isLowerCp, isTitleCp, isXidStartCp, isXidContinueCp,
  isCasedCp, isCaseIgnorableCp, upperFull, lowerFull, titleFull,
} from './unicode.ts'

// ---------------------------------------------------------------- case

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s)

/// Python's final-sigma rule for U+03A3 at code point index i of cps.
function lowerAt(cps: number[], i: number): string {
  const c = cps[i]
  if (c !== 0x3a3) return lowerFull(c)
  let j = i - 1
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--
  let final = j >= 0 && isCasedCp(cps[j])
  if (final && i + 1 < cps.length) {
    j = i + 1
    while (j < cps.length && isCaseIgnorableCp(cps[j])) j++
    final = j === cps.length || !isCasedCp(cps[j])
  }
  return final ? '\u03c2' : '\u03c3'
}

function codePoints(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0)!)
  return out
}

/// s.upper()
export function pyUpper(s: string): string {
  if (isAscii(s)) return s.toUpperCase()
  let out = ''
  for (const cp of codePoints(s)) out += upperFull(cp)
  return out
}

/// s.lower() (with the final sigma rule)
export function pyLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase()
  const cps = codePoints(s)
  let out = ''
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i)
  return out
}

/// s.title(): title-case after an uncased character, lower-case after a cased one
/// ("they're" -> "They'Re").
export function pyTitle(s: string): string {
  const cps = codePoints(s)
  let out = ''
  let prevCased = false
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]
    out += prevCased ? lowerAt(cps, i) : titleFull(c)
    prevCased = isCasedCp(c)
  }
  return out
}

/// s.capitalize(): first character title-cased, the rest lower-cased.
export function pyCapitalize(s: string): string {
  if (s === '') return s
  const cps = codePoints(s)
  let out = titleFull(cps[0])
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i)
  return out
}

/// s.swapcase()
export function pySwapcase(s: string): string {
  const cps = codePoints(s)
  let out = ''
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]
    if (isUpperCp(c)) out += lowerAt(cps, i)
    else if (isLowerCp(c)) out += upperFull(c)
    else out += String.fromCodePoint(c)
  }
  return out
}

// ---------------------------------------------------------------- predicates

function all(s: string, p: (cp: number) => boolean, emptyResult = false): boolean {
  if (s === '') return emptyResult
  for (const ch of s) if (!p(ch.codePointAt(0)!)) return false
  return true
}

export const pyIsdigit = (s: string) => all(s, isDigitCp)
export const pyIsdecimal = (s: string) => all(s, isDecimalCp)
export const pyIsnumeric = (s: string) => all(s, isNumericCp)
export const pyIsalpha = (s: string) => all(s, isAlphaCp)
export const pyIsalnum = (s: string) => all(s, isAlnumCp)
export const pyIsspace = (s: string) => all(s, isSpaceCp)
export const pyIsprintable = (s: string) => all(s, isPrintableCp, true)
export const pyIsascii = (s: string) => isAscii(s)

export function pyIsupper(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isLowerCp(c) || isTitleCp(c)) return false
    if (!cased && isUpperCp(c)) cased = true
  }
  return cased
}

export function pyIslower(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isUpperCp(c) || isTitleCp(c)) return false
    if (!cased && isLowerCp(c)) cased = true
  }
  return cased
}

export function pyIstitle(s: string): boolean {
  let cased = false
  let prevCased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return false
      prevCased = true
      cased = true
    } else if (isLowerCp(c)) {
      if (!prevCased) return false
      prevCased = true
      cased = true
    } else prevCased = false
  }
  return cased
}

export function pyIsidentifier(s: string): boolean {
  if (s === '') return false
  let first = true
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (first) {
      if (!isXidStartCp(c) && c !== 95) return false
      first = false
    } else if (!isXidContinueCp(c)) return false
  }
  return true
}
