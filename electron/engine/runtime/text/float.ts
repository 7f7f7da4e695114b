/// Python floats as text and back, rounding, and float -> int.

import { PyErrorSpec } from './errors.ts'
import { strRepr } from './repr.ts'
import { dtoa, formatFloatShort } from './dtoa.ts'
import { type PyInt, normAny } from './num.ts'
import { asciiNumberText } from './unicode.ts'

/// repr(x) / str(x) for a float: the shortest round-tripping digits, with an
/// exponent from 1e16 up and below 1e-4, and always a '.0' or an exponent.
export function floatRepr(x: number): string {
  const ax = Math.abs(x)
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints the same shortest digits without an exponent in this range
    const s = String(x)
    return s.includes('.') ? s : s + '.0'
  }
  return formatFloatShort(x, 'r', 0, { addDot0: true })
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i

/// float(s) for a str: surrounding whitespace, underscores between digits,
/// any Unicode decimal digits, 'inf'/'infinity'/'nan' in any case.
export function parseFloat(s: string): number {
  const t = asciiNumberText(s)
  if (t !== null) {
    const sp = SPECIAL_RE.exec(t)
    if (sp) {
      if (sp[2].toLowerCase() === 'nan') return NaN
      return sp[1] === '-' ? -Infinity : Infinity
    }
    if (FLOAT_RE.test(t)) return Number(t.includes('_') ? t.replace(/_/g, '') : t)
  }
  throw new PyErrorSpec('ValueError', `could not convert string to float: ${strRepr(s)}`)
}

const NDIGITS_MAX = 323
const NDIGITS_MIN = -308

/// round(x, ndigits) for a float: rounds the exact binary value half to even
/// (round(2.675, 2) == 2.67, round(0.5, 0) == 0.0), keeping the sign of zero.
/// OverflowError 'rounded value too large to represent' (round(1.7e308, -308)).
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x
  if (ndigits > NDIGITS_MAX) return x
  if (ndigits < NDIGITS_MIN) return 0 * x
  if (x === 0) return x
  const { d, decpt } = dtoa(x, 3, ndigits)
  const neg = x < 0
  const r = Number(`${neg ? '-' : ''}0${d}e${decpt - d.length}`)
  if (!Number.isFinite(r)) throw new PyErrorSpec('OverflowError', 'rounded value too large to represent')
  return r
}

/// round(x) for a float: the nearest int, ties to even.
export function roundToInt(x: number): PyInt {
  checkIntegral(x)
  let r = Math.round(x)
  if (Math.abs(x - r) === 0.5) r = 2 * Math.round(x / 2)
  return floatIntToInt(r)
}

/// int(x) for a float: truncation toward zero (int(-3.9) == -3).
export function floatToIntExact(x: number): PyInt {
  checkIntegral(x)
  return floatIntToInt(Math.trunc(x))
}

/// math.floor(x) / math.ceil(x) for a float, as ints.
export function floatFloor(x: number): PyInt { checkIntegral(x); return floatIntToInt(Math.floor(x)) }
export function floatCeil(x: number): PyInt { checkIntegral(x); return floatIntToInt(Math.ceil(x)) }

function checkIntegral(x: number): void {
  if (Number.isNaN(x)) throw new PyErrorSpec('ValueError', 'cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw new PyErrorSpec('OverflowError', 'cannot convert float infinity to integer')
}

/// An integral finite double as an int (exact, bigint when large).
function floatIntToInt(r: number): PyInt {
  return normAny(Number.isSafeInteger(r) ? r : BigInt(r))
}

/// x.is_integer()
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x
}

/// x.as_integer_ratio(): [numerator, denominator] in lowest terms.
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) throw new PyErrorSpec('ValueError', 'cannot convert NaN to integer ratio')
  if (!Number.isFinite(x)) throw new PyErrorSpec('OverflowError', 'cannot convert Infinity to integer ratio')
  if (Number.isInteger(x)) return [floatIntToInt(x), 1]
  let m = x, e = 0
  while (!Number.isInteger(m)) { m *= 2; e++ }
  return [floatIntToInt(m), normAny(1n << BigInt(e))]
}

/// float.hex(x)
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  if (x === 0) return `${sign}0x0.0p+0`
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, Math.abs(x))
  const hi = view.getUint32(0), lo = view.getUint32(4)
  const expBits = (hi >>> 20) & 0x7ff
  const mant = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0')
  const lead = expBits === 0 ? 0 : 1
  const e = expBits === 0 ? -1022 : expBits - 1023
  return `${sign}0x${lead}.${mant}p${e < 0 ? '-' : '+'}${Math.abs(e)}`
}
