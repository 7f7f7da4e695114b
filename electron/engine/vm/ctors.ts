/// Constructors of the builtin classes: int(), str(), list(), range(), ...
/// Each native receives the class as args[0].

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, type NativeFn } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, True, False, UNBOUND, TAG_INT, addrOf, mkRef, mkInt, bool } from './value.ts'
import { parseArgs, positional } from './args.ts'
import { str, repr, truthy, userMethod } from './protocol.ts'
import { newDict, dictSet, newSet, setAdd, dictEach } from './dict.ts'
import { toArray, newIter, iter } from './iter.ts'
import { asIndex } from './items.ts'
import { newBoundMethod } from './attrs.ts'
import { guarded } from './strops.ts'
import { parseInt as pyParseInt } from '../runtime/text/int.ts'
import { parseFloat as pyParseFloat, floatToIntExact } from '../runtime/text/float.ts'

function needIndex(rt: Runtime, v: Value): number {
  const n = asIndex(rt, v)
  if (n === null) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`)
  return n
}

/// Fills dict d from a mapping or an iterable of pairs, then keywords.
export function dictFill(rt: Runtime, d: number, src: Value, kw: { names: readonly string[]; values: readonly Value[] } | null): void {
  if (src !== UNBOUND) {
    if (rt.kindOf(src) === Kind.DICT) dictEach(rt, addrOf(src), (k, v) => dictSet(rt, d, k, v))
    else {
      let i = 0
      for (const item of toArray(rt, src)) {
        const pair = toArray(rt, item)
        if (pair.length !== 2) throw rt.error(T.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`)
        dictSet(rt, d, pair[0], pair[1])
        i++
      }
    }
  }
  if (kw) for (let i = 0; i < kw.names.length; i++) dictSet(rt, d, rt.intern(kw.names[i]), kw.values[i])
}

/// Registers the constructor natives and returns type -> native.
export function builtinConstructors(rt: Runtime): Map<T, Value> {
  const out = new Map<T, Value>()
  const def = (t: T, name: string, fn: NativeFn): void => { out.set(t, rt.native(name, fn)) }

  def(T.object, 'object', (rt, args) => {
    if (args.length > 1) throw rt.typeError('object() takes no arguments')
    const a = rt.heap.alloc(Kind.INSTANCE, L.Instance.SIZE)
    rt.f[a + L.Instance.CLASS] = args[0]
    rt.f[a + L.Instance.DICT] = None
    return mkRef(a)
  })
  def(T.type, 'type', (rt, args) => {
    if (args.length === 2) return mkRef(rt.typeOf(args[1]))
    throw rt.error(T.NotImplementedError, 'type() with three arguments is not supported in the kitchen')
  })
  def(T.int, 'int', (rt, args, kw) => {
    const [, x, base] = parseArgs(rt, 'int', args, kw, ['cls', 'x?', 'base?'])
    if (x === UNBOUND) return mkInt(0)
    if (base !== UNBOUND) {
      if (!rt.isStr(x)) throw rt.typeError("int() can't convert non-string with explicit base")
      return rt.int(guarded(rt, () => pyParseInt(rt.str(x), needIndex(rt, base))))
    }
    if ((x & 7) === TAG_INT) return x
    if (x === True || x === False) return mkInt(x === True ? 1 : 0)
    if (rt.isIntLike(x)) return x
    if (rt.isFloat(x)) return rt.int(guarded(rt, () => floatToIntExact(rt.floatOf(x))))
    if (rt.isStr(x)) return rt.int(guarded(rt, () => pyParseInt(rt.str(x), 10)))
    for (const m of ['__int__', '__index__', '__trunc__']) {
      const f = userMethod(rt, x, m)
      if (f !== UNBOUND) return rt.call(f, [x], null)
    }
    throw rt.typeError(`int() argument must be a string, a bytes-like object or a real number, not '${rt.typeName(x)}'`)
  })
  def(T.bool, 'bool', (rt, args, kw) => {
    positional(rt, 'bool', args, kw, 1, 2)
    return args.length === 1 ? False : bool(truthy(rt, args[1]))
  })
  def(T.float, 'float', (rt, args, kw) => {
    positional(rt, 'float', args, kw, 1, 2)
    if (args.length === 1) return rt.newFloat(0)
    const x = args[1]
    if (rt.isFloat(x)) return x
    if (x === True || x === False || rt.isIntLike(x)) {
      const n = rt.intValue(x)
      const v = Number(n)
      if (!Number.isFinite(v)) throw rt.error(T.OverflowError, 'int too large to convert to float')
      return rt.newFloat(v)
    }
    if (rt.isStr(x)) return rt.newFloat(guarded(rt, () => pyParseFloat(rt.str(x))))
    const m = userMethod(rt, x, '__float__')
    if (m !== UNBOUND) return rt.call(m, [x], null)
    throw rt.typeError(`float() argument must be a string or a real number, not '${rt.typeName(x)}'`)
  })
  def(T.str, 'str', (rt, args, kw) => {
    const [, obj] = parseArgs(rt, 'str', args, kw, ['cls', 'object?'])
    if (obj === UNBOUND) return rt.intern('')
    return rt.isStr(obj) ? obj : rt.newStr(str(rt, obj))
  })
  def(T.list, 'list', (rt, args, kw) => {
    positional(rt, 'list', args, kw, 1, 2)
    return rt.newList(args.length > 1 ? toArray(rt, args[1]) : [])
  })
  def(T.tuple, 'tuple', (rt, args, kw) => {
    positional(rt, 'tuple', args, kw, 1, 2)
    if (args.length > 1 && rt.kindOf(args[1]) === Kind.TUPLE) return args[1]
    return rt.newTuple(args.length > 1 ? toArray(rt, args[1]) : [])
  })
  def(T.dict, 'dict', (rt, args, kw) => {
    if (args.length > 2) throw rt.typeError(`dict expected at most 1 argument, got ${args.length - 1}`)
    const d = newDict(rt)
    dictFill(rt, addrOf(d), args.length > 1 ? args[1] : UNBOUND, kw)
    return d
  })
  def(T.set, 'set', (rt, args, kw) => {
    positional(rt, 'set', args, kw, 1, 2)
    const s = newSet(rt)
    if (args.length > 1) for (const x of toArray(rt, args[1])) setAdd(rt, addrOf(s), x)
    return s
  })
  def(T.frozenset, 'frozenset', (rt, args, kw) => {
    positional(rt, 'frozenset', args, kw, 1, 2)
    const s = newSet(rt, true)
    if (args.length > 1) for (const x of toArray(rt, args[1])) setAdd(rt, addrOf(s), x)
    return s
  })
  def(T.range, 'range', (rt, args, kw) => {
    if (kw && kw.names.length) throw rt.typeError('range() takes no keyword arguments')
    if (args.length < 2) throw rt.typeError('range expected at least 1 argument, got 0')
    if (args.length > 4) throw rt.typeError(`range expected at most 3 arguments, got ${args.length - 1}`)
    const n = args.slice(1).map((v) => needIndex(rt, v))
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1]
    if (step === 0) throw rt.error(T.ValueError, 'range() arg 3 must not be zero')
    const a = rt.heap.alloc(Kind.RANGE, L.Range.SIZE)
    rt.f[a + L.Range.START] = mkInt(start)
    rt.f[a + L.Range.STOP] = mkInt(stop)
    rt.f[a + L.Range.STEP] = mkInt(step)
    return mkRef(a)
  })
  def(T.slice, 'slice', (rt, args) => {
    const n = args.slice(1)
    const a = rt.heap.alloc(Kind.SLICE, L.Slice.SIZE)
    const [s, e, st] = n.length === 1 ? [None, n[0], None] : [n[0], n[1], n[2] ?? None]
    rt.f[a + L.Slice.START] = s
    rt.f[a + L.Slice.STOP] = e
    rt.f[a + L.Slice.STEP] = st
    return mkRef(a)
  })
  def(T.enumerate, 'enumerate', (rt, args, kw) => {
    const [, it, start] = parseArgs(rt, 'enumerate', args, kw, ['cls', 'iterable', 'start?'])
    return newIter(rt, L.IterType.ENUMERATE, iter(rt, it), start === UNBOUND ? 0 : mkInt(needIndex(rt, start)))
  })
  def(T.zip, 'zip', (rt, args, kw) => {
    if (kw && kw.names.some((n) => n !== 'strict')) throw rt.typeError(`zip() got an unexpected keyword argument '${kw.names[0]}'`)
    return newIter(rt, L.IterType.ZIP, rt.newTuple(args.slice(1).map((x) => iter(rt, x))))
  })
  def(T.map, 'map', (rt, args) => {
    if (args.length < 3) throw rt.typeError('map() must have at least two arguments.')
    return newIter(rt, L.IterType.MAP, args[1], rt.newTuple(args.slice(2).map((x) => iter(rt, x))))
  })
  def(T.filter, 'filter', (rt, args, kw) => {
    positional(rt, 'filter', args, kw, 3, 3)
    return newIter(rt, L.IterType.FILTER, args[1], iter(rt, args[2]))
  })
  def(T.reversed, 'reversed', (rt, args, kw) => {
    positional(rt, 'reversed', args, kw, 2, 2)
    const v = args[1]
    const k = rt.kindOf(v)
    const m = userMethod(rt, v, '__reversed__')
    if (m !== UNBOUND) return rt.call(m, [v], null)
    if (k === Kind.LIST) return newIter(rt, L.IterType.REVERSED_LIST, v, rt.f[addrOf(v) + L.List.LEN] - 1)
    if (k === Kind.DICT) return newIter(rt, L.IterType.REVERSED_LIST, rt.newList(toArray(rt, v)), rt.f[addrOf(v) + L.Dict.USED] - 1)
    if (k === Kind.TUPLE || k === Kind.STR || k === Kind.RANGE || userMethod(rt, v, '__getitem__') !== UNBOUND) {
      const items = toArray(rt, v)
      return newIter(rt, L.IterType.REVERSED_LIST, rt.newList(items), items.length - 1)
    }
    throw rt.typeError(`'${rt.typeName(v)}' object is not reversible`)
  })
  def(T.property, 'property', (rt, args, kw) => {
    const [, fget, fset, fdel, doc] = parseArgs(rt, 'property', args, kw, ['cls', 'fget?', 'fset?', 'fdel?', 'doc?'])
    const a = rt.heap.alloc(Kind.PROPERTY, L.Prop.SIZE)
    rt.f[a + L.Prop.FGET] = fget === UNBOUND ? None : fget
    rt.f[a + L.Prop.FSET] = fset === UNBOUND ? None : fset
    rt.f[a + L.Prop.FDEL] = fdel === UNBOUND ? None : fdel
    rt.f[a + L.Prop.DOC] = doc === UNBOUND ? None : doc
    return mkRef(a)
  })
  for (const [t, kind, name] of [[T.staticmethod, Kind.STATICMETHOD, 'staticmethod'], [T.classmethod, Kind.CLASSMETHOD, 'classmethod']] as const) {
    def(t, name, (rt, args, kw) => {
      positional(rt, name, args, kw, 2, 2)
      const a = rt.heap.alloc(kind, L.Wrapper.SIZE)
      rt.f[a + L.Wrapper.FUNC] = args[1]
      return mkRef(a)
    })
  }
  def(T.super, 'super', (rt, args) => {
    let type: Value, obj: Value
    if (args.length === 3) { type = args[1]; obj = args[2] } else {
      // zero-argument form: the calling method's __class__ cell and first argument
      const interp = rt.interp
      const fr = interp.currentFrame()
      const info = interp.info(rt.f[fr + L.Frame.CODE])
      const ci = info.code.freevars.indexOf('__class__')
      if (ci < 0 || info.code.argcount + info.code.kwonlyargcount === 0 && !(info.code.flags & 1)) throw rt.error(T.RuntimeError, 'super(): no arguments')
      type = rt.f[addrOf(rt.f[fr + info.cellsOff + info.ncells + ci]) + L.Cell.VALUE]
      obj = rt.f[fr + info.localsOff]
      if (obj === UNBOUND) {
        const c = info.code.cell2arg.indexOf(0)
        obj = c >= 0 ? rt.f[addrOf(rt.f[fr + info.cellsOff + c]) + L.Cell.VALUE] : UNBOUND
      }
      if (type === UNBOUND) throw rt.error(T.RuntimeError, 'super(): empty __class__ cell')
      if (obj === UNBOUND) throw rt.error(T.RuntimeError, 'super(): arg[0] deleted')
    }
    const a = rt.heap.alloc(Kind.SUPER, L.Super.SIZE)
    rt.f[a + L.Super.TYPE] = type
    rt.f[a + L.Super.OBJ] = obj
    return mkRef(a)
  })
  return out
}

export { repr, newBoundMethod }
