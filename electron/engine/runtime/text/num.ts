/// Small shared helpers for Python ints held as JS number | bigint.
///
/// Convention for every int this library returns: a `number` when
/// |n| < 2**50 (always an integer value, never -0), a `bigint` otherwise.

import { PyErrorSpec } from './errors.ts'

export type PyInt = number | bigint

export const SMALL_LIMIT = 2 ** 50
const SMALL_BIG = 1n << 50n

/// A bigint back to the canonical representation (number when |n| < 2**50).
export function normInt(b: bigint): PyInt {
  return b < SMALL_BIG && b > -SMALL_BIG ? Number(b) : b
}

/// Any integer-valued number or bigint to the canonical representation.
export function normAny(n: PyInt): PyInt {
  if (typeof n === 'bigint') return normInt(n)
  if (n < SMALL_LIMIT && n > -SMALL_LIMIT) return n + 0 // drops -0
  return BigInt(n)
}

export function toBig(n: PyInt): bigint {
  return typeof n === 'bigint' ? n : BigInt(n)
}

/// True when n is a number small enough for exact double arithmetic on sums/products
/// of two such values (|n| < 2**50).
export function isSmall(n: PyInt): n is number {
  return typeof n === 'number' && n < SMALL_LIMIT && n > -SMALL_LIMIT
}

/// float(n) for an int: correctly rounded (ties to even); OverflowError when too large.
export function intToFloat(n: PyInt): number {
  if (typeof n === 'number') return n + 0
  const x = Number(n)
  if (!Number.isFinite(x)) throw new PyErrorSpec('OverflowError', 'int too large to convert to float')
  return x
}

/// Number of code points in a JS string.
export function cpLength(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++ }
    }
  }
  return n
}

/// True when s holds any UTF-16 surrogate (so code point and UTF-16 indices may differ).
export function hasSurrogates(s: string): boolean {
  return /[\ud800-\udfff]/.test(s)
}
