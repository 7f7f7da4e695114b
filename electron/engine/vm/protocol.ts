/// The object protocol: what `==`, `hash`, `repr`, `str`, truth, `len`,
/// attribute access and subscription mean for every kind of value,
/// including user classes' dunder methods (run through `rt.call`).

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, PyError } from './runtime.ts'
import { T } from './types.ts'
import {
  type Value, None, True, False, UNBOUND, NotImplemented, Ellipsis, TAG_INT, TAG_REF, TAG_SPECIAL, TAG_NATIVE,
  addrOf, mkRef, mkInt, bool,
} from './value.ts'
import { dictGetName, dictEach, dictLen, dictGet, setItems, setLen, setHas } from './dict.ts'
import { floatRepr } from '../runtime/text/float.ts'
import { strRepr } from '../runtime/text/repr.ts'
import { intHash, floatHash } from '../runtime/text/int.ts'

// ------------------------------------------------------------------ type lookup

/// Finds `name` (a str value) along the MRO of class `cls`; UNBOUND if absent.
export function lookupType(rt: Runtime, cls: number, name: Value): Value {
  if (rt.typeCacheVersion !== rt.typeVersion) {
    rt.typeCache.clear()
    rt.typeCacheVersion = rt.typeVersion
  }
  const key = cls * 33554432 + addrOf(name)
  const hit = rt.typeCache.get(key)
  if (hit !== undefined) return hit
  const v = lookupTypeUncached(rt, cls, name)
  rt.typeCache.set(key, v)
  return v
}

function lookupTypeUncached(rt: Runtime, cls: number, name: Value): Value {
  const f = rt.f
  const mro = addrOf(f[cls + L.Class.MRO])
  const n = f[mro + L.Tuple.LEN]
  for (let i = 0; i < n; i++) {
    const c = addrOf(f[mro + L.Tuple.SIZE + i])
    const v = dictGetName(rt, addrOf(f[c + L.Class.DICT]), name)
    if (v !== UNBOUND) return v
  }
  return UNBOUND
}

/// A user-defined (Python) method `name` on v's class, or UNBOUND. Builtin
/// natives are not returned: callers handle builtin behaviour themselves.
export function userMethod(rt: Runtime, v: Value, name: string): Value {
  if ((v & 7) !== TAG_REF) return UNBOUND
  const k = rt.heap.kind(addrOf(v))
  if (k !== Kind.INSTANCE && k !== Kind.EXCEPTION) return UNBOUND
  const m = lookupType(rt, rt.typeOf(v), rt.intern(name))
  if (m === UNBOUND || rt.kindOf(m) !== Kind.FUNCTION) return UNBOUND
  return m
}

// ------------------------------------------------------------------ hashing and equality

export function pyHash(rt: Runtime, v: Value): number {
  switch (v & 7) {
    case TAG_INT: { const n = v / 8; return n === -1 ? -2 : n }
    case TAG_SPECIAL: return v === True ? 1 : v === False ? 0 : v * 7919
    case TAG_NATIVE: return v
  }
  const a = addrOf(v)
  switch (rt.heap.kind(a)) {
    case Kind.STR: return rt.strHash(v)
    case Kind.BIGINT: return Number(intHash(rt.bigOf(v)))
    case Kind.FLOAT: return Number(floatHash(rt.floatOf(v)))
    case Kind.TUPLE: {
      let h = 0x345678
      const n = rt.f[a + L.Tuple.LEN]
      for (let i = 0; i < n; i++) h = (Math.imul(h ^ pyHash(rt, rt.f[a + L.Tuple.SIZE + i]), 1000003) + i) | 0
      return h === -1 ? -2 : h
    }
    case Kind.FROZENSET: {
      let h = 1927868237
      for (const x of setItems(rt, a)) h ^= Math.imul(pyHash(rt, x) ^ 89869747, 3644798167)
      return h | 0
    }
    case Kind.LIST: case Kind.DICT: case Kind.SET:
      throw rt.typeError(`unhashable type: '${rt.typeName(v)}'`)
    case Kind.INSTANCE: case Kind.EXCEPTION: {
      const cls = rt.typeOf(v)
      const h = lookupType(rt, cls, rt.intern('__hash__'))
      if (h === None) throw rt.typeError(`unhashable type: '${rt.typeName(v)}'`)
      if (h !== UNBOUND && rt.kindOf(h) === Kind.FUNCTION) {
        const r = rt.call(h, [v], null)
        if (!rt.isIntLike(r)) throw rt.typeError('__hash__ method should return an integer')
        return Number(rt.intValue(r))
      }
      return a
    }
  }
  return a
}

/// Python `a == b` as a JS boolean.
export function pyEq(rt: Runtime, a: Value, b: Value): boolean {
  if (a === b) {
    // nan != nan; everything else is equal to itself
    return !(rt.isFloat(a) && Number.isNaN(rt.floatOf(a)))
  }
  const ta = a & 7, tb = b & 7
  if (ta === TAG_INT && tb === TAG_INT) return false
  const r = richCompare(rt, a, b, CMP_EQ)
  return r === True || (r !== False && truthy(rt, r))
}

export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>=']
const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
const CMP_SWAP = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE]

function cmpResult(op: number, c: number): boolean {
  switch (op) {
    case CMP_LT: return c < 0
    case CMP_LE: return c <= 0
    case CMP_EQ: return c === 0
    case CMP_NE: return c !== 0
    case CMP_GT: return c > 0
    default: return c >= 0
  }
}

/// Is v a number (int, bool, bigint or float)?
export function isNumber(rt: Runtime, v: Value): boolean {
  const t = v & 7
  if (t === TAG_INT || v === True || v === False) return true
  if (t !== TAG_REF) return false
  const k = rt.heap.kind(addrOf(v))
  return k === Kind.BIGINT || k === Kind.FLOAT
}

/// Compares two numbers exactly (floats against big ints included): -1, 0, 1, or NaN.
export function numCompare(rt: Runtime, a: Value, b: Value): number {
  const fa = rt.isFloat(a), fb = rt.isFloat(b)
  if (fa || fb) {
    const x = fa ? rt.floatOf(a) : rt.intValue(a)
    const y = fb ? rt.floatOf(b) : rt.intValue(b)
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN
    // one side is a bigint, the other a float
    const fx = typeof x === 'number' ? x : y as number
    if (Number.isNaN(fx)) return NaN
    if (!Number.isFinite(fx)) return typeof x === 'number' ? (fx > 0 ? 1 : -1) : (fx > 0 ? -1 : 1)
    const bx = typeof x === 'bigint' ? x : BigInt(Math.trunc(x))
    const by = typeof y === 'bigint' ? y : BigInt(Math.trunc(y))
    if (bx !== by) return bx < by ? -1 : 1
    const fracX = typeof x === 'number' ? x - Math.trunc(x) : 0
    const fracY = typeof y === 'number' ? y - Math.trunc(y) : 0
    return fracX < fracY ? -1 : fracX > fracY ? 1 : 0
  }
  const x = rt.intValue(a), y = rt.intValue(b)
  return x < y ? -1 : x > y ? 1 : 0
}

function seqCompare(rt: Runtime, xs: Value[], ys: Value[], op: number): Value {
  const n = Math.min(xs.length, ys.length)
  for (let i = 0; i < n; i++) {
    if (!pyEq(rt, xs[i], ys[i])) {
      if (op === CMP_EQ) return False
      if (op === CMP_NE) return True
      return richCompare(rt, xs[i], ys[i], op)
    }
  }
  return bool(cmpResult(op, xs.length - ys.length))
}

/// Python's rich comparison `a <op> b` (op one of CMP_*), returning a value.
export function richCompare(rt: Runtime, a: Value, b: Value, op: number): Value {
  if ((a & 7) === TAG_INT && (b & 7) === TAG_INT) return bool(cmpResult(op, a < b ? -1 : a > b ? 1 : 0))
  // user dunders first (the reflected one first when b's class derives from a's)
  const ua = userMethod(rt, a, CMP_DUNDER[op])
  const ub = userMethod(rt, b, CMP_DUNDER[CMP_SWAP[op]])
  if (ub !== UNBOUND && rt.typeOf(a) !== rt.typeOf(b) && rt.isSubclass(rt.typeOf(b), rt.typeOf(a))) {
    const r = rt.call(ub, [b, a], null)
    if (r !== NotImplemented) return r
  }
  if (ua !== UNBOUND) {
    const r = rt.call(ua, [a, b], null)
    if (r !== NotImplemented) return r
  }
  if (ub !== UNBOUND) {
    const r = rt.call(ub, [b, a], null)
    if (r !== NotImplemented) return r
  }
  if (op === CMP_NE && ua === UNBOUND) {
    const eq = userMethod(rt, a, '__eq__')
    if (eq !== UNBOUND) {
      const r = rt.call(eq, [a, b], null)
      if (r !== NotImplemented) return bool(!truthy(rt, r))
    }
  }
  const r = builtinCompare(rt, a, b, op)
  if (r !== NotImplemented) return r
  if (op === CMP_EQ) return bool(a === b)
  if (op === CMP_NE) return bool(a !== b)
  throw rt.typeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${rt.typeName(a)}' and '${rt.typeName(b)}'`)
}

function builtinCompare(rt: Runtime, a: Value, b: Value, op: number): Value {
  if (isNumber(rt, a) && isNumber(rt, b)) {
    const c = numCompare(rt, a, b)
    if (Number.isNaN(c)) return bool(op === CMP_NE)
    return bool(cmpResult(op, c))
  }
  const ka = rt.kindOf(a), kb = rt.kindOf(b)
  if (ka === Kind.STR && kb === Kind.STR) {
    if (op === CMP_EQ) return bool(rt.strEq(a, b))
    if (op === CMP_NE) return bool(!rt.strEq(a, b))
    const x = rt.str(a), y = rt.str(b)
    return bool(cmpResult(op, codePointCompare(x, y)))
  }
  if (ka === Kind.TUPLE && kb === Kind.TUPLE) return seqCompare(rt, rt.tupleItems(a), rt.tupleItems(b), op)
  if (ka === Kind.LIST && kb === Kind.LIST) return seqCompare(rt, rt.listItems(a), rt.listItems(b), op)
  if (ka === Kind.DICT && kb === Kind.DICT) {
    if (op !== CMP_EQ && op !== CMP_NE) return NotImplemented
    let eq = dictLen(rt, addrOf(a)) === dictLen(rt, addrOf(b))
    if (eq) {
      dictEach(rt, addrOf(a), (k, v) => {
        if (!eq) return
        const w = dictGet(rt, addrOf(b), k)
        if (w === UNBOUND || !pyEq(rt, v, w)) eq = false
      })
    }
    return bool(op === CMP_EQ ? eq : !eq)
  }
  const sa = ka === Kind.SET || ka === Kind.FROZENSET, sb = kb === Kind.SET || kb === Kind.FROZENSET
  if (sa && sb) {
    const x = addrOf(a), y = addrOf(b)
    const sub = (p: number, q: number) => setItems(rt, p).every((k) => setHas(rt, q, k))
    const nx = setLen(rt, x), ny = setLen(rt, y)
    switch (op) {
      case CMP_EQ: return bool(nx === ny && sub(x, y))
      case CMP_NE: return bool(!(nx === ny && sub(x, y)))
      case CMP_LE: return bool(sub(x, y))
      case CMP_LT: return bool(nx < ny && sub(x, y))
      case CMP_GE: return bool(sub(y, x))
      case CMP_GT: return bool(nx > ny && sub(y, x))
    }
  }
  if (ka === Kind.RANGE && kb === Kind.RANGE && (op === CMP_EQ || op === CMP_NE)) {
    const eq = repr(rt, a) === repr(rt, b)
    return bool(op === CMP_EQ ? eq : !eq)
  }
  return NotImplemented
}

function codePointCompare(x: string, y: string): number {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    const cx = x.codePointAt(i)!, cy = y.codePointAt(i)!
    if (cx !== cy) return cx - cy
    if (cx > 0xffff) i++
  }
  return x.length - y.length
}

// ------------------------------------------------------------------ truth and length

export function truthy(rt: Runtime, v: Value): boolean {
  switch (v & 7) {
    case TAG_INT: return v !== 0
    case TAG_SPECIAL: return v === True || v === Ellipsis || v === NotImplemented
    case TAG_NATIVE: return true
  }
  const a = addrOf(v)
  const f = rt.f
  switch (rt.heap.kind(a)) {
    case Kind.STR: return f[a + L.Str.LEN] > 0
    case Kind.FLOAT: return f[a + L.Float.VALUE] !== 0
    case Kind.BIGINT: return true
    case Kind.TUPLE: return f[a + L.Tuple.LEN] > 0
    case Kind.LIST: return f[a + L.List.LEN] > 0
    case Kind.DICT: return f[a + L.Dict.USED] > 0
    case Kind.SET: case Kind.FROZENSET: return f[a + L.Set_.USED] > 0
    case Kind.RANGE: return rangeLen(rt, a) > 0
    case Kind.INSTANCE: case Kind.EXCEPTION: {
      const b = userMethod(rt, v, '__bool__')
      if (b !== UNBOUND) {
        const r = rt.call(b, [v], null)
        if (r !== True && r !== False) throw rt.typeError(`__bool__ should return bool, returned ${rt.typeName(r)}`)
        return r === True
      }
      const l = userMethod(rt, v, '__len__')
      if (l !== UNBOUND) return lenOf(rt, v) > 0
      return true
    }
  }
  return true
}

export function rangeLen(rt: Runtime, a: number): number {
  const f = rt.f
  const start = f[a + L.Range.START] / 8, stop = f[a + L.Range.STOP] / 8, step = f[a + L.Range.STEP] / 8
  if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0
}

export function lenOf(rt: Runtime, v: Value): number {
  if ((v & 7) === TAG_REF) {
    const a = addrOf(v)
    const f = rt.f
    switch (rt.heap.kind(a)) {
      case Kind.STR: return strCodePoints(rt, v)
      case Kind.TUPLE: return f[a + L.Tuple.LEN]
      case Kind.LIST: return f[a + L.List.LEN]
      case Kind.DICT: return f[a + L.Dict.USED]
      case Kind.SET: case Kind.FROZENSET: return f[a + L.Set_.USED]
      case Kind.RANGE: return rangeLen(rt, a)
      case Kind.ITER: {
        const t = f[a + L.Iter.TYPE]
        if (t === L.IterType.KEYS_VIEW || t === L.IterType.VALUES_VIEW || t === L.IterType.ITEMS_VIEW) {
          return f[addrOf(f[a + L.Iter.A]) + L.Dict.USED]
        }
        break
      }
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, v, '__len__')
        if (m !== UNBOUND) {
          const r = rt.call(m, [v], null)
          if (!rt.isIntLike(r)) throw rt.typeError(`'${rt.typeName(r)}' object cannot be interpreted as an integer`)
          const n = Number(rt.intValue(r))
          if (n < 0) throw rt.error(T.ValueError, '__len__() should return >= 0')
          return n
        }
      }
    }
  }
  throw rt.typeError(`object of type '${rt.typeName(v)}' has no len()`)
}

/// Length in code points (Python's len of a str).
export function strCodePoints(rt: Runtime, v: Value): number {
  const s = rt.str(v)
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

// ------------------------------------------------------------------ repr and str

const reprStack: Value[] = []

/// An address-like hex id for default reprs, stable for the object's life.
export function fakeAddress(v: Value): string {
  return '0x7f' + (addrOf(v) * 16).toString(16).padStart(10, '0')
}

export function repr(rt: Runtime, v: Value): string {
  switch (v & 7) {
    case TAG_INT: return String(v / 8)
    case TAG_SPECIAL:
      return v === None ? 'None' : v === True ? 'True' : v === False ? 'False'
        : v === Ellipsis ? 'Ellipsis' : v === NotImplemented ? 'NotImplemented' : '<unbound>'
    case TAG_NATIVE: {
      const n = rt.nativeOf(v)
      return `<built-in function ${n.name}>`
    }
  }
  const a = addrOf(v)
  const f = rt.f
  const kind = rt.heap.kind(a)
  switch (kind) {
    case Kind.STR: return strRepr(rt.str(v))
    case Kind.BIGINT: return rt.bigOf(v).toString()
    case Kind.FLOAT: return floatRepr(f[a + L.Float.VALUE])
    case Kind.INSTANCE: case Kind.EXCEPTION: {
      const m = userMethod(rt, v, '__repr__')
      if (m !== UNBOUND) return reprResult(rt, rt.call(m, [v], null), '__repr__')
      if (kind === Kind.EXCEPTION) return excRepr(rt, v)
      const cls = rt.typeOf(v)
      return `<${moduleOf(rt, cls)}${rt.str(f[cls + L.Class.QUALNAME])} object at ${fakeAddress(v)}>`
    }
  }
  if (kind === Kind.TUPLE || kind === Kind.LIST || kind === Kind.DICT || kind === Kind.SET || kind === Kind.FROZENSET) {
    if (reprStack.includes(v)) return kind === Kind.LIST ? '[...]' : kind === Kind.DICT ? '{...}' : '(...)'
    reprStack.push(v)
    try {
      return containerRepr(rt, v, kind)
    } finally {
      reprStack.pop()
    }
  }
  switch (kind) {
    case Kind.CLASS: return `<class '${moduleOf(rt, a)}${rt.str(f[a + L.Class.QUALNAME])}'>`
    case Kind.FUNCTION: return `<function ${rt.str(f[a + L.Func.QUALNAME])} at ${fakeAddress(v)}>`
    case Kind.BOUND_METHOD: {
      const fn = f[a + L.Method.FUNC]
      const name = rt.kindOf(fn) === Kind.FUNCTION ? rt.str(f[addrOf(fn) + L.Func.QUALNAME]) : rt.nativeOf(fn).qualname
      if (rt.kindOf(fn) !== Kind.FUNCTION) return `<built-in method ${rt.nativeOf(fn).name} of ${rt.typeName(f[a + L.Method.SELF])} object at ${fakeAddress(f[a + L.Method.SELF])}>`
      return `<bound method ${name} of ${repr(rt, f[a + L.Method.SELF])}>`
    }
    case Kind.MODULE: return `<module '${rt.str(f[a + L.Module_.NAME])}'>`
    case Kind.RANGE: {
      const s = f[a + L.Range.START] / 8, e = f[a + L.Range.STOP] / 8, st = f[a + L.Range.STEP] / 8
      return st === 1 ? `range(${s}, ${e})` : `range(${s}, ${e}, ${st})`
    }
    case Kind.SLICE: return `slice(${repr(rt, f[a + L.Slice.START])}, ${repr(rt, f[a + L.Slice.STOP])}, ${repr(rt, f[a + L.Slice.STEP])})`
    case Kind.CELL: return `<cell at ${fakeAddress(v)}>`
    case Kind.GENERATOR: return `<generator object ${rt.str(f[a + L.Gen.QUALNAME])} at ${fakeAddress(v)}>`
    case Kind.LOCK: return `<${f[a + L.Lock.LOCKED] ? 'locked' : 'unlocked'} _thread.lock object at ${fakeAddress(v)}>`
    case Kind.ITER: {
      const t = f[a + L.Iter.TYPE]
      if (t === L.IterType.KEYS_VIEW || t === L.IterType.VALUES_VIEW || t === L.IterType.ITEMS_VIEW) {
        const d = addrOf(f[a + L.Iter.A])
        const items: string[] = []
        dictEach(rt, d, (k, val) => {
          items.push(t === L.IterType.KEYS_VIEW ? repr(rt, k) : t === L.IterType.VALUES_VIEW ? repr(rt, val) : `(${repr(rt, k)}, ${repr(rt, val)})`)
        })
        return `${rt.typeName(v)}([${items.join(', ')}])`
      }
    }
  }
  return `<${rt.typeName(v)} object at ${fakeAddress(v)}>`
}

function reprResult(rt: Runtime, r: Value, what: string): string {
  if (!rt.isStr(r)) throw rt.typeError(`${what} returned non-string (type ${rt.typeName(r)})`)
  return rt.str(r)
}

function moduleOf(rt: Runtime, cls: number): string {
  const m = rt.f[cls + L.Class.MODULE]
  if (!rt.isStr(m)) return ''
  const s = rt.str(m)
  return s === 'builtins' ? '' : s + '.'
}

function containerRepr(rt: Runtime, v: Value, kind: Kind): string {
  const a = addrOf(v)
  switch (kind) {
    case Kind.TUPLE: {
      const items = rt.tupleItems(v).map((x) => repr(rt, x))
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
    }
    case Kind.LIST: return `[${rt.listItems(v).map((x) => repr(rt, x)).join(', ')}]`
    case Kind.DICT: {
      const parts: string[] = []
      dictEach(rt, a, (k, val) => parts.push(`${repr(rt, k)}: ${repr(rt, val)}`))
      return `{${parts.join(', ')}}`
    }
    default: {
      const items = setItems(rt, a).map((x) => repr(rt, x))
      if (kind === Kind.FROZENSET) return items.length ? `frozenset({${items.join(', ')}})` : 'frozenset()'
      return items.length ? `{${items.join(', ')}}` : 'set()'
    }
  }
}

function excRepr(rt: Runtime, v: Value): string {
  const args = rt.tupleItems(rt.f[addrOf(v) + L.Exc.ARGS])
  const name = rt.typeName(v)
  if (args.length === 1) return `${name}(${repr(rt, args[0])})`
  return `${name}(${args.map((x) => repr(rt, x)).join(', ')})`
}

/// Python's str(v).
export function str(rt: Runtime, v: Value): string {
  if ((v & 7) === TAG_REF) {
    const a = addrOf(v)
    const kind = rt.heap.kind(a)
    if (kind === Kind.STR) return rt.str(v)
    if (kind === Kind.INSTANCE || kind === Kind.EXCEPTION) {
      const m = userMethod(rt, v, '__str__')
      if (m !== UNBOUND) return reprResult(rt, rt.call(m, [v], null), '__str__')
      if (kind === Kind.EXCEPTION) {
        const args = rt.tupleItems(rt.f[a + L.Exc.ARGS])
        if (rt.isSubclass(rt.typeOf(v), rt.cls(T.KeyError)) && args.length === 1) return repr(rt, args[0])
        if (args.length === 0) return ''
        if (args.length === 1) return str(rt, args[0])
        return repr(rt, rt.f[a + L.Exc.ARGS])
      }
    }
  }
  return repr(rt, v)
}

export { mkInt, mkRef, PyError }
