/// Python floats as text and back, and rounding.

import { PyErrorSpec } from './errors.ts'
import { strRepr as reprOf } from './repr.ts'

/// repr()/str() of a float: the shortest round-tripping digits, in
/// Python's layout (exponent from 1e16 and below 1e-4, always a '.0' or exponent).
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (x === Infinity) return 'inf'
  if (x === -Infinity) return '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const exp = x.toExponential() // shortest digits, d.ddde±x
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!
  const sign = m[1], digits = m[2] + (m[3] ?? ''), e = Number(m[4])
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`
  if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`
}

/// float(s) for a str.
export function parseFloat(s: string): number {
  const t = s.trim().replace(/(\d)_(?=\d)/g, '$1')
  const low = t.toLowerCase()
  if (/^[+-]?(inf|infinity)$/.test(low)) return low.startsWith('-') ? -Infinity : Infinity
  if (/^[+-]?nan$/.test(low)) return NaN
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
    throw new PyErrorSpec('ValueError', `could not convert string to float: ${reprOf(s)}`)
  }
  return Number(t)
}


/// round(x, n) for a float: half-even on the exact decimal value of x.
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x
  if (ndigits > 308) return x
  if (ndigits < -308) return 0 * x
  // the exact decimal expansion of x decides; toFixed gives a correctly rounded
  // string only half-up, so compare against the exact midpoint with BigInt
  const scaled = exactDecimal(x, ndigits)
  return scaled
}

function exactDecimal(x: number, nd: number): number {
  // x = m * 2^e exactly
  const buf = new DataView(new ArrayBuffer(8))
  buf.setFloat64(0, x)
  const hi = buf.getUint32(0), lo = buf.getUint32(4)
  const sign = hi >>> 31 ? -1n : 1n
  const expBits = (hi >>> 20) & 0x7ff
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  let e2: number
  if (expBits === 0) e2 = -1074
  else { mant |= 1n << 52n; e2 = expBits - 1075 }
  // value = mant * 2^e2; scaled = value * 10^nd = num / den
  let num = mant, den = 1n
  if (e2 >= 0) num <<= BigInt(e2)
  else den <<= BigInt(-e2)
  if (nd >= 0) num *= 10n ** BigInt(nd)
  else den *= 10n ** BigInt(-nd)
  let q = num / den
  const r = num - q * den
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n
  const str = (sign < 0n ? '-' : '') + q.toString() + (nd >= 0 ? `e-${nd}` : `e${-nd}`)
  const out = Number(str)
  return out === 0 && sign < 0n ? -0 : out
}

/// round(x) for a float: the nearest int, ties to even.
export function roundToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw new PyErrorSpec('ValueError', 'cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw new PyErrorSpec('OverflowError', 'cannot convert float infinity to integer')
  let r = Math.round(x)
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2)
  return Number.isSafeInteger(r) ? r : BigInt(r)
}

/// int(x) for a float: truncation toward zero.
export function floatToIntExact(x: number): number | bigint {
  if (Number.isNaN(x)) throw new PyErrorSpec('ValueError', 'cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw new PyErrorSpec('OverflowError', 'cannot convert float infinity to integer')
  const t = Math.trunc(x)
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t)
}
