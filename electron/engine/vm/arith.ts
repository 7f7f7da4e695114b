/// Binary and unary operators: numbers (small ints, big ints, floats, bools),
/// sequences, sets, and user classes' dunder methods, with CPython's errors.

import { BinaryOp } from '../compile/chunk.ts'
import { Kind } from './heap.ts'
import { type Runtime } from './runtime.ts'
import { T } from './types.ts'
import { type Value, UNBOUND, NotImplemented, True, False, TAG_INT, addrOf, mkInt, fitsSmall } from './value.ts'
import { userMethod, isNumber } from './protocol.ts'
import { asIndex } from './items.ts'
import { newSet, setAdd, setHas, setItems, setDiscard, dictEach, dictSet, newDict } from './dict.ts'
import { percentFormatValue } from './strops.ts'
import { toArray } from './iter.ts'

const SYMBOL = ['+', '-', '*', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^', '@']
const DUNDER = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']

type Num = number | bigint

function floorDivInt(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) === a / b ? a / b : exactFloorDiv(BigInt(a), BigInt(b))
  const x = BigInt(a), y = BigInt(b)
  return exactFloorDiv(x, y)
}

function exactFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q
}

function modInt(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r
  }
  const x = BigInt(a), y = BigInt(b)
  const r = x % y
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r
}

/// Python float floor division and modulo (sign of the divisor).
export function floatDivmod(rt: Runtime, x: number, y: number, what: 'floordiv' | 'mod' | 'divmod'): [number, number] {
  if (y === 0) {
    throw rt.error(T.ZeroDivisionError, what === 'floordiv' ? 'float floor division by zero' : what === 'mod' ? 'float modulo' : 'float divmod()')
  }
  let mod = x % y
  let div = (x - mod) / y
  if (mod) {
    if ((y < 0) !== (mod < 0)) { mod += y; div -= 1 }
  } else {
    mod = y < 0 ? -0 : 0
  }
  let floordiv: number
  if (div) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else {
    floordiv = x / y < 0 ? -0 : 0
  }
  return [floordiv, mod]
}

function toFloat(rt: Runtime, v: Value): number {
  if (rt.isFloat(v)) return rt.floatOf(v)
  const n = rt.intValue(v)
  if (typeof n === 'number') return n
  const x = Number(n)
  if (!Number.isFinite(x)) throw rt.error(T.OverflowError, 'int too large to convert to float')
  return x
}

function intResult(rt: Runtime, n: Num): Value {
  if (typeof n === 'number') {
    if (fitsSmall(n) && Number.isSafeInteger(n)) return mkInt(n)
    return rt.int(BigInt(n))
  }
  return rt.int(n)
}

function numberOp(rt: Runtime, op: BinaryOp, a: Value, b: Value): Value {
  if (rt.isFloat(a) || rt.isFloat(b)) {
    if (op >= BinaryOp.LSHIFT) return NotImplemented
    const x = toFloat(rt, a), y = toFloat(rt, b)
    switch (op) {
      case BinaryOp.ADD: return rt.newFloat(x + y)
      case BinaryOp.SUB: return rt.newFloat(x - y)
      case BinaryOp.MUL: return rt.newFloat(x * y)
      case BinaryOp.TRUEDIV:
        if (y === 0) throw rt.error(T.ZeroDivisionError, 'float division by zero')
        return rt.newFloat(x / y)
      case BinaryOp.FLOORDIV: return rt.newFloat(floatDivmod(rt, x, y, 'floordiv')[0])
      case BinaryOp.MOD: return rt.newFloat(floatDivmod(rt, x, y, 'mod')[1])
      case BinaryOp.POW: {
        if (x === 0 && y < 0) throw rt.error(T.ZeroDivisionError, '0.0 cannot be raised to a negative power')
        if (x < 0 && !Number.isInteger(y)) throw rt.error(T.NotImplementedError, 'complex numbers are not supported in the kitchen')
        const r = Math.pow(x, y)
        if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw rt.error(T.OverflowError, "(34, 'Numerical result out of range')")
        return rt.newFloat(r)
      }
    }
    return NotImplemented
  }
  const x = rt.intValue(a), y = rt.intValue(b)
  const big = typeof x === 'bigint' || typeof y === 'bigint'
  switch (op) {
    case BinaryOp.ADD: return big ? intResult(rt, BigInt(x) + BigInt(y)) : intResult(rt, (x as number) + (y as number))
    case BinaryOp.SUB: return big ? intResult(rt, BigInt(x) - BigInt(y)) : intResult(rt, (x as number) - (y as number))
    case BinaryOp.MUL: {
      if (!big) {
        const r = (x as number) * (y as number)
        if (Number.isSafeInteger(r)) return intResult(rt, r)
      }
      return intResult(rt, BigInt(x) * BigInt(y))
    }
    case BinaryOp.TRUEDIV: {
      if (y === 0 || y === 0n) throw rt.error(T.ZeroDivisionError, 'division by zero')
      if (!big) return rt.newFloat((x as number) / (y as number))
      return rt.newFloat(bigTrueDiv(rt, BigInt(x), BigInt(y)))
    }
    case BinaryOp.FLOORDIV:
      if (y === 0 || y === 0n) throw rt.error(T.ZeroDivisionError, 'integer division or modulo by zero')
      return intResult(rt, floorDivInt(x, y))
    case BinaryOp.MOD:
      if (y === 0 || y === 0n) throw rt.error(T.ZeroDivisionError, 'integer modulo by zero')
      return intResult(rt, modInt(x, y))
    case BinaryOp.POW: {
      if (y < 0) {
        if (x === 0 || x === 0n) throw rt.error(T.ZeroDivisionError, '0.0 cannot be raised to a negative power')
        return rt.newFloat(Math.pow(Number(x), Number(y)))
      }
      if (!big) {
        const r = Math.pow(x as number, y as number)
        if (Number.isSafeInteger(r)) return intResult(rt, r)
      }
      if (BigInt(y) > 100000n && BigInt(x) !== 1n && BigInt(x) !== 0n && BigInt(x) !== -1n) throw rt.error(T.MemoryError)
      return intResult(rt, BigInt(x) ** BigInt(y))
    }
    case BinaryOp.LSHIFT: {
      if (y < 0) throw rt.error(T.ValueError, 'negative shift count')
      if (BigInt(y) > 1000000n) throw rt.error(T.MemoryError)
      return intResult(rt, BigInt(x) << BigInt(y))
    }
    case BinaryOp.RSHIFT:
      if (y < 0) throw rt.error(T.ValueError, 'negative shift count')
      return intResult(rt, BigInt(x) >> BigInt(y))
    case BinaryOp.AND: return intResult(rt, BigInt(x) & BigInt(y))
    case BinaryOp.OR: return intResult(rt, BigInt(x) | BigInt(y))
    case BinaryOp.XOR: return intResult(rt, BigInt(x) ^ BigInt(y))
  }
  return NotImplemented
}

function bigTrueDiv(rt: Runtime, x: bigint, y: bigint): number {
  const fx = Number(x), fy = Number(y)
  if (Number.isFinite(fx) && Number.isFinite(fy) && Math.abs(fx) < 2 ** 53 && Math.abs(fy) < 2 ** 53) return fx / fy
  // scale so the quotient keeps 64 significant bits, then round once
  const neg = (x < 0n) !== (y < 0n)
  let a = x < 0n ? -x : x
  const b = y < 0n ? -y : y
  let shift = 0
  const want = BigInt(b.toString(2).length - a.toString(2).length + 64)
  if (want > 0n) { a <<= want; shift = -Number(want) }
  const q = a / b
  const r = Number(q) * Math.pow(2, shift)
  if (!Number.isFinite(r)) throw rt.error(T.OverflowError, 'integer division result too large for a float')
  return neg ? -r : r
}

function repeat(rt: Runtime, seq: Value, times: Value): Value {
  const n = asIndex(rt, times)
  if (n === null) throw rt.typeError(`can't multiply sequence by non-int of type '${rt.typeName(times)}'`)
  const count = Math.max(0, n)
  const k = rt.kindOf(seq)
  if (k === Kind.STR) {
    const s = rt.str(seq)
    if (s.length * count > 100_000_000) throw rt.error(T.MemoryError)
    return rt.newStr(s.repeat(count))
  }
  const items = k === Kind.LIST ? rt.listItems(seq) : rt.tupleItems(seq)
  if (items.length * count > 10_000_000) throw rt.error(T.MemoryError)
  const out: Value[] = []
  for (let i = 0; i < count; i++) out.push(...items)
  return k === Kind.LIST ? rt.newList(out) : rt.newTuple(out)
}

const isSeq = (k: Kind): boolean => k === Kind.STR || k === Kind.LIST || k === Kind.TUPLE

function builtinOp(rt: Runtime, op: BinaryOp, a: Value, b: Value, inplace: boolean): Value {
  if (isNumber(rt, a) && isNumber(rt, b)) return numberOp(rt, op, a, b)
  const ka = rt.kindOf(a), kb = rt.kindOf(b)
  if (op === BinaryOp.ADD && isSeq(ka)) {
    if (ka === kb) {
      if (ka === Kind.STR) return rt.newStr(rt.str(a) + rt.str(b))
      if (ka === Kind.LIST) {
        if (inplace) { for (const x of rt.listItems(b)) rt.listAppend(a, x); return a }
        return rt.newList([...rt.listItems(a), ...rt.listItems(b)])
      }
      return rt.newTuple([...rt.tupleItems(a), ...rt.tupleItems(b)])
    }
    if (ka === Kind.LIST && inplace) { for (const x of toArray(rt, b)) rt.listAppend(a, x); return a }
    const what = ka === Kind.STR ? 'str' : ka === Kind.LIST ? 'list' : 'tuple'
    if (userMethod(rt, b, '__radd__') === UNBOUND) {
      throw rt.typeError(`can only concatenate ${what} (not "${rt.typeName(b)}") to ${what}`)
    }
    return NotImplemented
  }
  if (op === BinaryOp.MUL) {
    if (isSeq(ka) && (rt.isIntLike(b) || userMethod(rt, b, '__index__') !== UNBOUND || isNumber(rt, b))) {
      if (inplace && ka === Kind.LIST) {
        const r = repeat(rt, a, b)
        const items = rt.listItems(r)
        rt.f[addrOf(a) + 1] = 0
        for (const x of items) rt.listAppend(a, x)
        return a
      }
      return repeat(rt, a, b)
    }
    if (isSeq(kb) && rt.isIntLike(a)) return repeat(rt, b, a)
    if (isSeq(ka) && userMethod(rt, b, '__rmul__') === UNBOUND) return repeat(rt, a, b)
  }
  if (op === BinaryOp.MOD && ka === Kind.STR) return percentFormatValue(rt, a, b)
  const sa = ka === Kind.SET || ka === Kind.FROZENSET, sb = kb === Kind.SET || kb === Kind.FROZENSET
  if (sa && sb && (op === BinaryOp.OR || op === BinaryOp.AND || op === BinaryOp.SUB || op === BinaryOp.XOR)) {
    const x = setItems(rt, addrOf(a)), y = setItems(rt, addrOf(b))
    let items: Value[]
    switch (op) {
      case BinaryOp.OR: items = [...x, ...y]; break
      case BinaryOp.AND: items = x.filter((k) => setHas(rt, addrOf(b), k)); break
      case BinaryOp.SUB: items = x.filter((k) => !setHas(rt, addrOf(b), k)); break
      default: items = [...x.filter((k) => !setHas(rt, addrOf(b), k)), ...y.filter((k) => !setHas(rt, addrOf(a), k))]
    }
    const out = inplace && ka === Kind.SET ? a : newSet(rt, ka === Kind.FROZENSET)
    if (out === a) {
      const keep = new Set(items)
      for (const k of x) if (!keep.has(k)) setDiscard(rt, addrOf(a), k)
    }
    for (const k of items) setAdd(rt, addrOf(out), k)
    return out
  }
  if (op === BinaryOp.OR && ka === Kind.DICT && kb === Kind.DICT) {
    const out = inplace ? a : newDict(rt)
    if (!inplace) dictEach(rt, addrOf(a), (k, v) => dictSet(rt, addrOf(out), k, v))
    dictEach(rt, addrOf(b), (k, v) => dictSet(rt, addrOf(out), k, v))
    return out
  }
  return NotImplemented
}

/// `a <op> b`, or `a <op>= b` when `inplace`.
export function binaryOp(rt: Runtime, op: BinaryOp, a: Value, b: Value, inplace = false): Value {
  if (inplace) {
    const im = userMethod(rt, a, `__i${DUNDER[op]}__`)
    if (im !== UNBOUND) {
      const r = rt.call(im, [a, b], null)
      if (r !== NotImplemented) return r
    }
  }
  const fwd = userMethod(rt, a, `__${DUNDER[op]}__`)
  const rev = userMethod(rt, b, `__r${DUNDER[op]}__`)
  const sameType = rt.typeOf(a) === rt.typeOf(b)
  if (rev !== UNBOUND && !sameType && rt.isSubclass(rt.typeOf(b), rt.typeOf(a))) {
    const r = rt.call(rev, [b, a], null)
    if (r !== NotImplemented) return r
  }
  if (fwd !== UNBOUND) {
    const r = rt.call(fwd, [a, b], null)
    if (r !== NotImplemented) return r
  } else {
    const r = builtinOp(rt, op, a, b, inplace)
    if (r !== NotImplemented) return r
  }
  if (rev !== UNBOUND && !sameType) {
    const r = rt.call(rev, [b, a], null)
    if (r !== NotImplemented) return r
  }
  const sym = inplace ? SYMBOL[op].replace(' or pow()', '') + '=' : SYMBOL[op]
  throw rt.typeError(`unsupported operand type(s) for ${sym}: '${rt.typeName(a)}' and '${rt.typeName(b)}'`)
}

/// Fast path for two small ints; UNBOUND when it does not apply.
export function smallIntOp(op: BinaryOp, a: Value, b: Value): Value {
  if ((a & 7) !== TAG_INT || (b & 7) !== TAG_INT) return UNBOUND
  switch (op) {
    case BinaryOp.ADD: { const r = a + b; return r <= 4503599627370496 && r >= -4503599627370496 ? r : UNBOUND }
    case BinaryOp.SUB: { const r = a - b; return r <= 4503599627370496 && r >= -4503599627370496 ? r : UNBOUND }
    case BinaryOp.MUL: { const r = (a / 8) * b; return r <= 4503599627370496 && r >= -4503599627370496 ? r : UNBOUND }
    case BinaryOp.FLOORDIV: return b === 0 ? UNBOUND : Math.floor(a / b) * 8
    case BinaryOp.MOD: { if (b === 0) return UNBOUND; const r = a % b; return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r }
  }
  return UNBOUND
}

/// -v, +v, ~v
export function unaryOp(rt: Runtime, op: '-' | '+' | '~', v: Value): Value {
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__'
  const m = userMethod(rt, v, name)
  if (m !== UNBOUND) return rt.call(m, [v], null)
  if (v === True || v === False) v = mkInt(v === True ? 1 : 0)
  if (rt.isIntLike(v)) {
    const n = rt.intValue(v)
    if (op === '-') return intResult(rt, typeof n === 'number' ? -n : -n)
    if (op === '+') return v
    return intResult(rt, typeof n === 'number' ? -n - 1 : -n - 1n)
  }
  if (rt.isFloat(v) && op !== '~') return op === '-' ? rt.newFloat(-rt.floatOf(v)) : v
  throw rt.typeError(`bad operand type for unary ${op}: '${rt.typeName(v)}'`)
}
