/// Python int and float arithmetic corner cases: floor division and modulo
/// with Python's sign rules, true division correctly rounded, powers, shifts
/// and bit operations, with CPython 3.11's exceptions.
///
/// Ints are `number` (|n| < 2**50, integer-valued) or `bigint`; every int result
/// is normalised (number when it fits). Floats are plain numbers.

import { PyErrorSpec } from './errors.ts'
import { type PyInt, normInt, normAny, toBig, isSmall, intToFloat } from './num.ts'
import { powDD } from './powdd.ts'

const zeroDiv = (msg: string) => new PyErrorSpec('ZeroDivisionError', msg)
const isZero = (n: PyInt) => n === 0 || n === 0n
const isNeg = (n: PyInt) => (typeof n === 'number' ? n < 0 : n < 0n)

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b
    if (Number.isSafeInteger(r)) return normAny(r)
  }
  return normInt(toBig(a) + toBig(b))
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b
    if (Number.isSafeInteger(r)) return normAny(r)
  }
  return normInt(toBig(a) - toBig(b))
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b
    if (Number.isSafeInteger(r)) return normAny(r)
  }
  return normInt(toBig(a) * toBig(b))
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? normAny(-a) : normInt(-a)
}

/// a // b for ints (rounds toward minus infinity).
export function floorDiv(a: PyInt, b: PyInt): PyInt {
  if (isZero(b)) throw zeroDiv('integer division or modulo by zero')
  if (isSmall(a) && isSmall(b)) return Math.floor(a / b) + 0
  const A = toBig(a), B = toBig(b)
  let q = A / B
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n
  return normInt(q)
}

/// a % b for ints (result has the sign of b).
export function mod(a: PyInt, b: PyInt): PyInt {
  if (isZero(b)) throw zeroDiv('integer modulo by zero')
  if (isSmall(a) && isSmall(b)) {
    let r = a % b
    if (r !== 0 && (r < 0) !== (b < 0)) r += b
    return r + 0
  }
  const A = toBig(a), B = toBig(b)
  let r = A % B
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B
  return normInt(r)
}

/// divmod(a, b) for ints.
export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (isZero(b)) throw zeroDiv('integer division or modulo by zero')
  return [floorDiv(a, b), mod(a, b)]
}

function bitLength(x: bigint): number {
  if (x === 0n) return 0
  const s = x.toString(16)
  return (s.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(s[0], 16)))
}

/// a / b for ints: the correctly rounded float (like CPython, even for huge ints).
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (isZero(b)) throw zeroDiv('division by zero')
  if (typeof a === 'number' && typeof b === 'number' &&
      Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b
  const A = toBig(a), B = toBig(b)
  const neg = (A < 0n) !== (B < 0n)
  const n = A < 0n ? -A : A, d = B < 0n ? -B : B
  if (n === 0n) return neg ? -0 : 0
  let e = bitLength(n) - bitLength(d)
  if (e >= 0 ? n < (d << BigInt(e)) : (n << BigInt(-e)) < d) e--
  // now 2**e <= n/d < 2**(e+1)
  const tooLarge = () => new PyErrorSpec('OverflowError', 'integer division result too large for a float')
  if (e >= 1024) throw tooLarge()
  const u = Math.max(e - 52, -1074) // exponent of the result's last bit
  let num = n, den = d
  if (u >= 0) den <<= BigInt(u)
  else num <<= BigInt(-u)
  let q = num / den
  const r2 = (num - q * den) * 2n
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n
  const res = Number(q) * 2 ** u
  if (!Number.isFinite(res)) throw tooLarge()
  return neg ? -res : res
}

/// a ** b for ints. For b >= 0 the exact int; for b < 0 CPython computes
/// float(a) ** float(b), so the result is then a Python float (the caller
/// knows which from the sign of b).
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (isNeg(b)) return floatPow(intToFloat(a), intToFloat(b)) as number // never complex: b is integral
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0) return b === 0 ? 1 : 0
    if (a === 1) return 1
    if (a === -1) return b % 2 === 0 ? 1 : -1
    let r = 1
    let i = 0
    for (; i < b; i++) {
      r *= a
      if (Math.abs(r) >= 2 ** 50) break
    }
    if (i >= b) return r
  }
  const A = toBig(a), B = toBig(b)
  if (A === 0n || A === 1n) return B === 0n ? 1 : Number(A)
  if (A === -1n) return (B & 1n) === 0n ? 1 : -1
  try {
    return normInt(A ** B)
  } catch {
    throw new PyErrorSpec('OverflowError', 'too many digits in integer')
  }
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let r0 = m, r1 = ((a % m) + m) % m
  let t0 = 0n, t1 = 1n
  while (r1 !== 0n) {
    const q = r0 / r1
    const r2 = r0 - q * r1; r0 = r1; r1 = r2
    const t2 = t0 - q * t1; t0 = t1; t1 = t2
  }
  if (r0 !== 1n) return null
  return ((t0 % m) + m) % m
}

/// pow(a, b, m) for ints (negative b uses the modular inverse, as in 3.8+).
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let M = toBig(m)
  if (M === 0n) throw new PyErrorSpec('ValueError', 'pow() 3rd argument cannot be 0')
  const negM = M < 0n
  if (negM) M = -M
  let base = ((toBig(a) % M) + M) % M
  let e = toBig(b)
  if (e < 0n) {
    const inv = modInverse(base, M)
    if (inv === null) throw new PyErrorSpec('ValueError', 'base is not invertible for the given modulus')
    base = inv
    e = -e
  }
  let r = M === 1n ? 0n : 1n
  while (e > 0n) {
    if (e & 1n) r = (r * base) % M
    base = (base * base) % M
    e >>= 1n
  }
  if (negM && r !== 0n) r -= M
  return normInt(r)
}

const isOddInteger = (y: number) => Number.isInteger(y) && Math.abs(y % 2) === 1

/// x ** y for floats, with CPython's special cases and errors. Returns null
/// where CPython returns a complex (negative base, non-integral exponent).
/// ZeroDivisionError for 0.0 ** negative; OverflowError on overflow.
/// The general case is computed in double-double (powdd.ts), not Math.pow,
/// to round like glibc's pow.
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1
  if (Number.isNaN(x)) return x
  if (Number.isNaN(y)) return x === 1 ? 1 : y
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x)
    if (ax === 1) return 1
    if ((y > 0) === (ax > 1)) return Infinity
    return 0
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y)
    if (y > 0) return odd ? x : Math.abs(x)
    return odd ? (x < 0 ? -0 : 0) : 0
  }
  if (x === 0) {
    if (y < 0) throw zeroDiv('0.0 cannot be raised to a negative power')
    return isOddInteger(y) ? x : 0
  }
  let negate = false
  if (x < 0) {
    if (!Number.isInteger(y)) return null
    x = -x
    negate = isOddInteger(y)
  }
  if (x === 1) return negate ? -1 : 1
  let r = powDD(x, y)
  if (!Number.isFinite(r)) throw new PyErrorSpec('OverflowError', "(34, 'Numerical result out of range')")
  if (negate) r = -r
  return r
}

/// x / y for floats.
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float division by zero')
  return x / y
}

function floatDivModRaw(vx: number, wx: number): [number, number] {
  let m = vx % wx
  let div = (vx - m) / wx
  if (m !== 0) {
    if ((wx < 0) !== (m < 0)) { m += wx; div -= 1 }
  } else {
    m = wx < 0 ? -0 : 0
  }
  let floordiv: number
  if (div !== 0) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else {
    const q = vx / wx
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0
  }
  return [floordiv, m]
}

/// x % y for floats (result has the sign of y).
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float modulo')
  let m = x % y
  if (m !== 0) {
    if ((y < 0) !== (m < 0)) m += y
  } else {
    m = y < 0 ? -0 : 0
  }
  return m
}

/// x // y for floats.
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float floor division by zero')
  return floatDivModRaw(x, y)[0]
}

/// divmod(x, y) for floats.
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDiv('float divmod()')
  return floatDivModRaw(x, y)
}

function shiftCount(b: PyInt): number {
  if (isNeg(b)) throw new PyErrorSpec('ValueError', 'negative shift count')
  return typeof b === 'number' ? b : (b > 1n << 53n ? Infinity : Number(b))
}

/// a << b
export function lshift(a: PyInt, b: PyInt): PyInt {
  const n = shiftCount(b)
  if (isZero(a)) return 0
  if (typeof a === 'number' && n < 50) {
    const r = a * 2 ** n
    if (Math.abs(r) < 2 ** 50) return r
  }
  if (n > 2 ** 32) throw new PyErrorSpec('OverflowError', 'too many digits in integer')
  return normInt(toBig(a) << BigInt(n))
}

/// a >> b (rounds toward minus infinity).
export function rshift(a: PyInt, b: PyInt): PyInt {
  const n = shiftCount(b)
  if (typeof a === 'number') {
    if (n >= 60) return a < 0 ? -1 : 0
    return Math.floor(a / 2 ** n) + 0
  }
  if (n > 2 ** 32) return a < 0n ? -1 : 0
  return normInt(a >> BigInt(n))
}

const isInt32 = (n: PyInt): n is number => typeof n === 'number' && n >= -2147483648 && n <= 2147483647

export function bitAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b
  return normInt(toBig(a) & toBig(b))
}

export function bitOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b
  return normInt(toBig(a) | toBig(b))
}

export function bitXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b
  return normInt(toBig(a) ^ toBig(b))
}

/// ~a
export function bitInvert(a: PyInt): PyInt {
  return typeof a === 'number' ? normAny(-a - 1) : normInt(-a - 1n)
}

/// int.bit_length()
export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const x = Math.abs(a)
    return x < 2 ** 31 ? 32 - Math.clz32(x) : bitLength(BigInt(x))
  }
  return bitLength(a < 0n ? -a : a)
}
