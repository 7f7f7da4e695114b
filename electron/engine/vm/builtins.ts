/// The builtins module's functions (print, len, sorted, isinstance, ...).

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, type Kwargs, type NativeFn } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, True, False, UNBOUND, TAG_INT, TAG_REF, TAG_NATIVE, addrOf, mkRef, mkInt, bool } from './value.ts'
import { parseArgs, positional } from './args.ts'
import { pyHash, repr, str, truthy, lenOf, richCompare, CMP_LT, userMethod, isNumber, lookupType } from './protocol.ts'
import { getAttr, setAttr, delAttr } from './attrs.ts'
import { iter, next, toArray } from './iter.ts'
import { binaryOp, floatDivmod } from './arith.ts'
import { asIndex } from './items.ts'
import { formatValue } from './strops.ts'
import { BinaryOp } from '../compile/chunk.ts'
import { roundFloat, roundToInt } from '../runtime/text/float.ts'
import { guarded } from './strops.ts'

/// Sorts values with Python's semantics (stable, `<` only, key, reverse).
export function sortValues(rt: Runtime, items: Value[], key: Value, reverse: boolean): Value[] {
  const keys = key === None || key === UNBOUND ? items : items.map((x) => rt.call(key, [x], null))
  const idx = items.map((_, i) => i)
  const lt = (a: Value, b: Value): boolean => {
    if ((a & 7) === TAG_INT && (b & 7) === TAG_INT) return a < b
    return truthy(rt, richCompare(rt, a, b, CMP_LT))
  }
  idx.sort((i, j) => {
    const a = keys[i], b = keys[j]
    if (reverse) return lt(b, a) ? -1 : lt(a, b) ? 1 : 0
    return lt(a, b) ? -1 : lt(b, a) ? 1 : 0
  })
  return idx.map((i) => items[i])
}

function minmax(rt: Runtime, name: 'min' | 'max', args: Value[], kw: Kwargs | null): Value {
  let key: Value = None, dflt: Value = UNBOUND
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === 'key') key = kw.values[i]
      else if (kw.names[i] === 'default') dflt = kw.values[i]
      else throw rt.typeError(`${name}() got an unexpected keyword argument '${kw.names[i]}'`)
    }
  }
  if (args.length === 0) throw rt.typeError(`${name} expected at least 1 argument, got 0`)
  let items: Value[]
  if (args.length === 1) items = toArray(rt, args[0])
  else {
    if (dflt !== UNBOUND) throw rt.typeError(`Cannot specify a default for ${name}() with multiple positional arguments`)
    items = args
  }
  if (items.length === 0) {
    if (dflt !== UNBOUND) return dflt
    throw rt.error(T.ValueError, `${name}() arg is an empty sequence`)
  }
  let best = items[0]
  let bestKey = key === None ? best : rt.call(key, [best], null)
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : rt.call(key, [items[i]], null)
    const better = name === 'min' ? truthy(rt, richCompare(rt, k, bestKey, CMP_LT)) : truthy(rt, richCompare(rt, bestKey, k, CMP_LT))
    if (better) { best = items[i]; bestKey = k }
  }
  return best
}

function isinstanceOf(rt: Runtime, v: Value, cls: Value, fname: string): boolean {
  const k = rt.kindOf(cls)
  if (k === Kind.TUPLE) return rt.tupleItems(cls).some((c) => isinstanceOf(rt, v, c, fname))
  if (k !== Kind.CLASS) throw rt.typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`)
  return rt.isSubclass(rt.typeOf(v), addrOf(cls))
}

function issubclassOf(rt: Runtime, c: Value, cls: Value): boolean {
  if (rt.kindOf(cls) === Kind.TUPLE) return rt.tupleItems(cls).some((x) => issubclassOf(rt, c, x))
  if (rt.kindOf(c) !== Kind.CLASS) throw rt.typeError('issubclass() arg 1 must be a class')
  if (rt.kindOf(cls) !== Kind.CLASS) throw rt.typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union')
  return rt.isSubclass(addrOf(c), addrOf(cls))
}

function attrName(rt: Runtime, fname: string, v: Value): Value {
  if (!rt.isStr(v)) throw rt.typeError(`attribute name must be string, not '${rt.typeName(v)}'`)
  return rt.intern(rt.str(v))
}

/// id(): a stable number per object (addresses are stable: the heap never moves objects).
export function pyId(v: Value): number {
  return (v & 7) === TAG_REF ? 140000000000000 + addrOf(v) * 16 : 9000000 + v
}

/// Registers the builtin functions; returns name -> value.
export function builtinFunctions(rt: Runtime, write: (text: string, toStderr: boolean) => void): Map<string, Value> {
  const out = new Map<string, Value>()
  const def = (name: string, fn: NativeFn): void => { out.set(name, rt.native(name, fn)) }

  def('print', (rt, args, kw) => {
    let sep = ' ', end = '\n'
    let file: Value = None
    if (kw) {
      for (let i = 0; i < kw.names.length; i++) {
        const n = kw.names[i], v = kw.values[i]
        if (n === 'sep') { if (v !== None) { if (!rt.isStr(v)) throw rt.typeError(`sep must be None or a string, not ${rt.typeName(v)}`); sep = rt.str(v) } }
        else if (n === 'end') { if (v !== None) { if (!rt.isStr(v)) throw rt.typeError(`end must be None or a string, not ${rt.typeName(v)}`); end = rt.str(v) } }
        else if (n === 'flush') { /* output is never buffered in the kitchen */ }
        else if (n === 'file') file = v
        else throw rt.typeError(`'${n}' is an invalid keyword argument for print()`)
      }
    }
    const text = args.map((a) => str(rt, a)).join(sep) + end
    if (file === None) write(text, false)
    else rt.call(getAttr(rt, file, rt.intern('write')), [rt.newStr(text)], null)
    return None
  })
  def('len', (rt, args, kw) => { positional(rt, 'len', args, kw, 1, 1); return mkInt(lenOf(rt, args[0])) })
  def('repr', (rt, args, kw) => { positional(rt, 'repr', args, kw, 1, 1); return rt.newStr(repr(rt, args[0])) })
  def('ascii', (rt, args, kw) => { positional(rt, 'ascii', args, kw, 1, 1); return rt.newStr(rt.ascii(repr(rt, args[0]))) })
  def('abs', (rt, args, kw) => {
    positional(rt, 'abs', args, kw, 1, 1)
    const v = args[0]
    const m = userMethod(rt, v, '__abs__')
    if (m !== UNBOUND) return rt.call(m, [v], null)
    if (rt.isFloat(v)) return rt.newFloat(Math.abs(rt.floatOf(v)))
    if (!isNumber(rt, v)) throw rt.typeError(`bad operand type for abs(): '${rt.typeName(v)}'`)
    const n = rt.intValue(v)
    return rt.int(n < 0 ? (typeof n === 'number' ? -n : -n) : n)
  })
  def('isinstance', (rt, args, kw) => { positional(rt, 'isinstance', args, kw, 2, 2); return bool(isinstanceOf(rt, args[0], args[1], 'isinstance')) })
  def('issubclass', (rt, args, kw) => { positional(rt, 'issubclass', args, kw, 2, 2); return bool(issubclassOf(rt, args[0], args[1])) })
  def('id', (rt, args, kw) => { positional(rt, 'id', args, kw, 1, 1); return rt.int(pyId(args[0])) })
  def('hash', (rt, args, kw) => { positional(rt, 'hash', args, kw, 1, 1); return rt.int(pyHash(rt, args[0])) })
  def('callable', (rt, args, kw) => {
    positional(rt, 'callable', args, kw, 1, 1)
    const v = args[0]
    const k = rt.kindOf(v)
    return bool((v & 7) === TAG_NATIVE || k === Kind.FUNCTION || k === Kind.BOUND_METHOD || k === Kind.CLASS ||
      ((k === Kind.INSTANCE || k === Kind.EXCEPTION) && lookupType(rt, rt.typeOf(v), rt.intern('__call__')) !== UNBOUND))
  })
  def('getattr', (rt, args, kw) => {
    positional(rt, 'getattr', args, kw, 2, 3)
    const name = attrName(rt, 'getattr', args[1])
    const v = getAttr(rt, args[0], name, args.length === 3)
    return v === UNBOUND ? args[2] : v
  })
  def('setattr', (rt, args, kw) => { positional(rt, 'setattr', args, kw, 3, 3); setAttr(rt, args[0], attrName(rt, 'setattr', args[1]), args[2]); return None })
  def('delattr', (rt, args, kw) => { positional(rt, 'delattr', args, kw, 2, 2); delAttr(rt, args[0], attrName(rt, 'delattr', args[1])); return None })
  def('hasattr', (rt, args, kw) => {
    positional(rt, 'hasattr', args, kw, 2, 2)
    try {
      return bool(getAttr(rt, args[0], attrName(rt, 'hasattr', args[1]), true) !== UNBOUND)
    } catch (e) {
      if (e instanceof Object && 'exc' in (e as object) && rt.isInstance((e as { exc: Value }).exc, T.AttributeError)) return False
      throw e
    }
  })
  def('iter', (rt, args, kw) => { positional(rt, 'iter', args, kw, 1, 1); return iter(rt, args[0]) })
  def('next', (rt, args, kw) => {
    positional(rt, 'next', args, kw, 1, 2)
    const it = args[0]
    const k = rt.kindOf(it)
    if (k !== Kind.ITER && k !== Kind.GENERATOR && userMethod(rt, it, '__next__') === UNBOUND) {
      throw rt.typeError(`'${rt.typeName(it)}' object is not an iterator`)
    }
    const v = next(rt, it)
    if (v !== UNBOUND) return v
    if (args.length === 2) return args[1]
    throw rt.error(T.StopIteration)
  })
  def('sorted', (rt, args, kw) => {
    if (args.length !== 1) throw rt.typeError(`sorted expected 1 argument, got ${args.length}`)
    const [key, reverse] = parseArgs(rt, 'sorted', [], kw, ['*', 'key?', 'reverse?'])
    return rt.newList(sortValues(rt, toArray(rt, args[0]), key, reverse !== UNBOUND && truthy(rt, reverse)))
  })
  def('sum', (rt, args, kw) => {
    const [iterable, start] = parseArgs(rt, 'sum', args, kw, ['iterable', 'start?'])
    let acc = start === UNBOUND ? mkInt(0) : start
    if (rt.isStr(acc)) throw rt.typeError("sum() can't sum strings [use ''.join(seq) instead]")
    for (const x of toArray(rt, iterable)) {
      acc = (acc & 7) === TAG_INT && (x & 7) === TAG_INT && Math.abs(acc + x) < 2 ** 52 ? acc + x : binaryOp(rt, BinaryOp.ADD, acc, x)
    }
    return acc
  })
  def('min', (rt, args, kw) => minmax(rt, 'min', args, kw))
  def('max', (rt, args, kw) => minmax(rt, 'max', args, kw))
  def('any', (rt, args, kw) => {
    positional(rt, 'any', args, kw, 1, 1)
    const it = iter(rt, args[0])
    for (let x = next(rt, it); x !== UNBOUND; x = next(rt, it)) if (truthy(rt, x)) return True
    return False
  })
  def('all', (rt, args, kw) => {
    positional(rt, 'all', args, kw, 1, 1)
    const it = iter(rt, args[0])
    for (let x = next(rt, it); x !== UNBOUND; x = next(rt, it)) if (!truthy(rt, x)) return False
    return True
  })
  def('round', (rt, args, kw) => {
    const [x, nd] = parseArgs(rt, 'round', args, kw, ['number', 'ndigits?'])
    const m = userMethod(rt, x, '__round__')
    if (m !== UNBOUND) return rt.call(m, nd === UNBOUND ? [x] : [x, nd], null)
    if (rt.isFloat(x)) {
      if (nd === UNBOUND || nd === None) return rt.int(guarded(rt, () => roundToInt(rt.floatOf(x))))
      const n = asIndex(rt, nd)
      if (n === null) throw rt.typeError(`'${rt.typeName(nd)}' object cannot be interpreted as an integer`)
      return rt.newFloat(roundFloat(rt.floatOf(x), n))
    }
    if (rt.isIntLike(x)) {
      if (nd === UNBOUND || nd === None) return rt.int(rt.intValue(x))
      const n = asIndex(rt, nd)!
      if (n >= 0) return rt.int(rt.intValue(x))
      const p = 10n ** BigInt(-n)
      const v = BigInt(rt.intValue(x))
      let q = v / p, r = v % p
      if (r < 0n) { r += p; q -= 1n }
      if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n
      return rt.int(q * p)
    }
    throw rt.typeError(`type ${rt.typeName(x)} doesn't define __round__ method`)
  })
  def('divmod', (rt, args, kw) => {
    positional(rt, 'divmod', args, kw, 2, 2)
    const [a, b] = args
    if (rt.isFloat(a) || rt.isFloat(b)) {
      if (isNumber(rt, a) && isNumber(rt, b)) {
        const x = rt.isFloat(a) ? rt.floatOf(a) : Number(rt.intValue(a))
        const y = rt.isFloat(b) ? rt.floatOf(b) : Number(rt.intValue(b))
        const [q, r] = floatDivmod(rt, x, y, 'divmod')
        return rt.newTuple([rt.newFloat(q), rt.newFloat(r)])
      }
    }
    if (rt.isIntLike(a) && rt.isIntLike(b) && (b === 0 || b === False)) throw rt.error(T.ZeroDivisionError, 'integer division or modulo by zero')
    return rt.newTuple([binaryOp(rt, BinaryOp.FLOORDIV, a, b), binaryOp(rt, BinaryOp.MOD, a, b)])
  })
  def('pow', (rt, args, kw) => {
    const [b, e, m] = parseArgs(rt, 'pow', args, kw, ['base', 'exp', 'mod?'])
    if (m === UNBOUND || m === None) return binaryOp(rt, BinaryOp.POW, b, e)
    let base = BigInt(rt.intValue(b)), exp = BigInt(rt.intValue(e))
    const mod = BigInt(rt.intValue(m))
    if (mod === 0n) throw rt.error(T.ValueError, 'pow() 3rd argument cannot be 0')
    let r = 1n
    base = ((base % mod) + mod) % mod
    while (exp > 0n) { if (exp & 1n) r = (r * base) % mod; base = (base * base) % mod; exp >>= 1n }
    if (mod < 0n && r > 0n) r += mod
    return rt.int(r)
  })
  def('chr', (rt, args, kw) => {
    positional(rt, 'chr', args, kw, 1, 1)
    const n = asIndex(rt, args[0])
    if (n === null) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`)
    if (n < 0 || n > 0x10ffff) throw rt.error(T.ValueError, 'chr() arg not in range(0x110000)')
    return rt.newStr(String.fromCodePoint(n))
  })
  def('ord', (rt, args, kw) => {
    positional(rt, 'ord', args, kw, 1, 1)
    if (!rt.isStr(args[0])) throw rt.typeError(`ord() expected string of length 1, but ${rt.typeName(args[0])} found`)
    const chars = Array.from(rt.str(args[0]))
    if (chars.length !== 1) throw rt.typeError(`ord() expected a character, but string of length ${chars.length} found`)
    return mkInt(chars[0].codePointAt(0)!)
  })
  for (const [name, base, prefix] of [['hex', 16, '0x'], ['oct', 8, '0o'], ['bin', 2, '0b']] as const) {
    def(name, (rt, args, kw) => {
      positional(rt, name, args, kw, 1, 1)
      const n = asIndex(rt, args[0])
      if (n === null) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`)
      const v = BigInt(rt.intValue(rt.int(n)))
      return rt.newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base))
    })
  }
  def('format', (rt, args, kw) => {
    positional(rt, 'format', args, kw, 1, 2)
    return formatValue(rt, args[0], args.length > 1 ? rt.str(args[1]) : '')
  })
  def('input', (rt) => { throw rt.error(T.EOFError, 'EOF when reading a line') })
  def('open', (rt) => { throw rt.error(T.NotImplementedError, 'the kitchen has no files: open() is not available') })
  def('globals', (rt) => mkRef(rt.f[rt.interp.currentFrame() + L.Frame.GLOBALS]))
  def('vars', (rt, args) => args.length ? getAttr(rt, args[0], rt.intern('__dict__')) : mkRef(rt.f[rt.interp.currentFrame() + L.Frame.LOCALS] || rt.f[rt.interp.currentFrame() + L.Frame.GLOBALS]))
  return out
}

