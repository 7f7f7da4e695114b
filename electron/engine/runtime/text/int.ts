/// Python ints: parsing with a base, conversion to text, and CPython's hash
/// of ints and floats. Arithmetic lives in intarith.ts (re-exported here).
///
/// Ints are `number` (|n| < 2**50) or `bigint`; results are normalised that way.

import { PyErrorSpec } from './errors.ts'
import { strRepr } from './repr.ts'
import { asciiNumberText } from './unicode.ts'
import { type PyInt, normInt, normAny, toBig } from './num.ts'
import { decompose } from './dtoa.ts'

export { type PyInt, normInt, normAny, intToFloat } from './num.ts'
export * from './intarith.ts'

/// sys.get_int_max_str_digits() default: decimal conversions of longer ints fail.
export const MAX_STR_DIGITS = 4300

const DIGIT_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1)
  for (let i = 0; i < 10; i++) t[48 + i] = i
  for (let i = 0; i < 26; i++) { t[65 + i] = 10 + i; t[97 + i] = 10 + i }
  return t
})()

/// int(s, base) for a str: base 0 (prefixes 0x/0o/0b, no leading zeros) or
/// 2..36, surrounding whitespace, a sign, single underscores between digits
/// (and one right after a prefix), any Unicode decimal digits.
export function parseInt(s: string, base: number = 10): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw new PyErrorSpec('ValueError', 'int() base must be >= 2 and <= 36, or 0')
  const bad = () => {
    let r = strRepr(s)
    if (r.length > 200) r = Array.from(r).slice(0, 200).join('')
    return new PyErrorSpec('ValueError', `invalid literal for int() with base ${base}: ${r}`)
  }
  const t = asciiNumberText(s)
  if (t === null) throw bad()
  let i = 0
  let neg = false
  if (t[i] === '+' || t[i] === '-') { neg = t[i] === '-'; i++ }
  let b = base
  let zeroOnly = false
  const p = (t[i + 1] ?? '').toLowerCase()
  if (b === 0) {
    if (t[i] !== '0') b = 10
    else if (p === 'x') b = 16
    else if (p === 'o') b = 8
    else if (p === 'b') b = 2
    else { zeroOnly = true; b = 10 }
  }
  if (t[i] === '0' && ((b === 16 && p === 'x') || (b === 8 && p === 'o') || (b === 2 && p === 'b'))) {
    i += 2
    if (t[i] === '_') i++
  }
  if (t[i] === '_' || i >= t.length) throw bad()
  // validate: digits with single underscores between them
  let ndigits = 0
  let prevUnderscore = false
  for (let j = i; j < t.length; j++) {
    const c = t.charCodeAt(j)
    if (c === 95) {
      if (prevUnderscore) throw bad()
      prevUnderscore = true
      continue
    }
    const v = c < 128 ? DIGIT_VALUE[c] : -1
    if (v < 0 || v >= b) throw bad()
    prevUnderscore = false
    ndigits++
  }
  if (prevUnderscore) throw bad()
  if ((b & (b - 1)) !== 0 && ndigits > MAX_STR_DIGITS) {
    throw new PyErrorSpec('ValueError', `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`)
  }
  let body = t.slice(i)
  if (body.includes('_')) body = body.replace(/_/g, '')
  let v: PyInt
  if (b === 10 && body.length <= 15) v = Number(body)
  else if (b === 10) v = BigInt(body)
  else if (b === 16 || b === 8 || b === 2) v = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + body)
  else {
    let acc = 0n
    const bb = BigInt(b)
    // chunked: up to 8 digits per bigint step
    for (let k = 0; k < body.length; k += 8) {
      const chunk = body.slice(k, k + 8)
      acc = acc * bb ** BigInt(chunk.length) + BigInt(Number.parseInt(chunk, b))
    }
    v = acc
  }
  if (zeroOnly && v !== 0 && v !== 0n) throw bad()
  if (typeof v === 'bigint') return normInt(neg ? -v : v)
  return neg ? (v === 0 ? 0 : -v) : v
}

/// The digit-limit check CPython applies to int -> decimal str conversions.
export function checkStrDigits(digitsLen: number): void {
  if (digitsLen > MAX_STR_DIGITS) {
    throw new PyErrorSpec('ValueError', `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`)
  }
}

/// str(n) for base 10 (ValueError past 4300 digits); for base 2, 8, 16
/// what bin(), oct(), hex() print ('-0x1f'); other bases (up to 36) bare digits.
export function intToString(n: PyInt, base: number = 10): string {
  if (base === 10) {
    if (typeof n === 'number') return String(n)
    const s = n.toString()
    checkStrDigits(n < 0n ? s.length - 1 : s.length)
    return s
  }
  const neg = typeof n === 'number' ? n < 0 : n < 0n
  const abs = typeof n === 'number' ? Math.abs(n) : (n < 0n ? -n : n)
  const digits = abs.toString(base)
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : ''
  return (neg ? '-' : '') + prefix + digits
}

const MODULUS = (1n << 61n) - 1n
const MODULUS_N = 2 ** 53

/// hash(n) for an int, as CPython computes it (sign * (|n| mod 2**61-1), -1 -> -2).
export function intHash(n: PyInt): PyInt {
  if (typeof n === 'number' && Math.abs(n) < MODULUS_N) return n === -1 ? -2 : normAny(n)
  const b = toBig(n)
  let h = (b < 0n ? -b : b) % MODULUS
  if (b < 0n) h = -h
  if (h === -1n) h = -2n
  return normInt(h)
}

/// hash(x) for a float: equal to the hash of an equal int or fraction;
/// inf 314159, -inf -314159. hash(nan) depends on the object's identity in
/// CPython 3.10+; this returns 0 for it and the VM may substitute its own.
export function floatHash(x: number): PyInt {
  if (Number.isNaN(x)) return 0
  if (x === Infinity) return 314159
  if (x === -Infinity) return -314159
  if (x === 0) return 0
  if (Number.isSafeInteger(x)) return intHash(x)
  // |x| = m * 2**e: hash = m * 2**(e mod 61) mod P, since 2**61 == 1 (mod P)
  const { m, e } = decompose(x)
  const shift = ((e % 61) + 61) % 61
  let h = ((m % MODULUS) << BigInt(shift)) % MODULUS
  if (x < 0) h = -h
  if (h === -1n) h = -2n
  return normAny(h)
}
