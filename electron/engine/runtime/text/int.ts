/// Python ints: parsing with a base, and CPython's hash of ints and floats.

import { PyErrorSpec } from './errors.ts'
import { strRepr as reprOf } from './repr.ts'

const MODULUS = (1n << 61n) - 1n

/// int(s, base) for a str.
export function parseInt(s: string, base: number): number | bigint {
  if (base !== 0 && (base < 2 || base > 36)) throw new PyErrorSpec('ValueError', 'int() base must be >= 2 and <= 36, or 0')
  const bad = (): PyErrorSpec => new PyErrorSpec('ValueError', `invalid literal for int() with base ${base}: ${reprOf(s)}`)
  let t = s.trim()
  let neg = false
  if (t.startsWith('-') || t.startsWith('+')) { neg = t[0] === '-'; t = t.slice(1) }
  let b = base
  const prefix = /^0([xXoObB])/.exec(t)
  if (prefix) {
    const pb = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b']
    if (b === 0 || b === pb) { b = pb; t = t.slice(2); if (t.startsWith('_')) t = t.slice(1) }
  }
  if (b === 0) {
    if (/^0+[1-9]/.test(t.replace(/_/g, ''))) throw bad()
    b = 10
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) throw bad()
  t = t.replace(/_/g, '')
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b)
  let v = 0n
  const bb = BigInt(b)
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch)
    if (d < 0) throw bad()
    v = v * bb + BigInt(d)
  }
  if (neg) v = -v
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v
}


/// hash(n) for an int, as CPython computes it.
export function intHash(n: number | bigint): number | bigint {
  const b = BigInt(n)
  let h = (b < 0n ? -b : b) % MODULUS
  if (b < 0n) h = -h
  if (h === -1n) h = -2n
  return h >= -BigInt(Number.MAX_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h
}

/// hash(x) for a float: integral floats hash like the int; inf 314159; nan 0.
export function floatHash(x: number): number | bigint {
  if (Number.isNaN(x)) return 0
  if (x === Infinity) return 314159
  if (x === -Infinity) return -314159
  if (Number.isInteger(x)) return intHash(BigInt(x))
  // m * 2^e with m odd: hash = m * 2^e mod P (CPython's reduction)
  let m = x, e = 0
  while (!Number.isInteger(m)) { m *= 2; e-- }
  const mb = BigInt(m)
  const inv = modPow(2n, MODULUS - 1n + BigInt(e) % (MODULUS - 1n), MODULUS)
  let h = ((mb < 0n ? -mb : mb) % MODULUS) * inv % MODULUS
  if (mb < 0n) h = -h
  if (h === -1n) h = -2n
  return Number(h) === Number(h) && Math.abs(Number(h)) <= Number.MAX_SAFE_INTEGER ? Number(h) : h
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n
  b %= m
  while (e > 0n) { if (e & 1n) r = r * b % m; b = b * b % m; e >>= 1n }
  return r
}
