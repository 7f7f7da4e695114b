/// Methods of the builtin containers and of object / BaseException.
/// (str methods live in strmethods.ts.) Each native gets self as args[0].

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, type NativeFn } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, True, False, UNBOUND, addrOf, mkRef, mkInt, bool } from './value.ts'
import { parseArgs, positional } from './args.ts'
import { pyEq, repr, str, truthy } from './protocol.ts'
import {
  dictGet, dictSet, dictDel, dictClear, dictCopy, dictEach, dictNextEntry, dictEntryKey, dictEntryValue,
  newSet, setAdd, setHas, setDiscard, setItems, setClear, setLen,
} from './dict.ts'
import { toArray, newIter } from './iter.ts'
import { asIndex, listReplace, keyError, contains } from './items.ts'
import { sortValues } from './builtins.ts'
import { dictFill } from './ctors.ts'

type Methods = Map<string, Value>

function needIndex(rt: Runtime, v: Value): number {
  const n = asIndex(rt, v)
  if (n === null) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`)
  return n
}

/// Clamps Python start/end slice arguments to [0, len].
export function clampRange(rt: Runtime, len: number, start: Value, end: Value): [number, number] {
  const norm = (v: Value, dflt: number): number => {
    if (v === UNBOUND || v === None) return dflt
    let i = needIndex(rt, v)
    if (i < 0) i = Math.max(0, i + len)
    return Math.min(i, len)
  }
  return [norm(start, 0), norm(end, len)]
}

function listMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `list.${name}`)) }
  def('append', (rt, args, kw) => { positional(rt, 'list.append', args, kw, 2, 2); rt.listAppend(args[0], args[1]); return None })
  def('extend', (rt, args, kw) => {
    positional(rt, 'list.extend', args, kw, 2, 2)
    for (const x of toArray(rt, args[1])) rt.listAppend(args[0], x)
    return None
  })
  def('insert', (rt, args, kw) => {
    positional(rt, 'insert', args, kw, 3, 3)
    const items = rt.listItems(args[0])
    let i = needIndex(rt, args[1])
    if (i < 0) i = Math.max(0, i + items.length)
    items.splice(Math.min(i, items.length), 0, args[2])
    listReplace(rt, args[0], items)
    return None
  })
  def('pop', (rt, args, kw) => {
    positional(rt, 'pop', args, kw, 1, 2)
    const a = addrOf(args[0])
    const n = rt.f[a + L.List.LEN]
    if (n === 0) throw rt.error(T.IndexError, 'pop from empty list')
    let i = args.length > 1 ? needIndex(rt, args[1]) : n - 1
    if (i < 0) i += n
    if (i < 0 || i >= n) throw rt.error(T.IndexError, 'pop index out of range')
    const base = rt.f[a + L.List.ITEMS] + 1
    const v = rt.f[base + i]
    rt.f.copyWithin(base + i, base + i + 1, base + n)
    rt.f[a + L.List.LEN] = n - 1
    return v
  })
  def('remove', (rt, args, kw) => {
    positional(rt, 'list.remove', args, kw, 2, 2)
    const items = rt.listItems(args[0])
    const i = items.findIndex((x) => pyEq(rt, x, args[1]))
    if (i < 0) throw rt.error(T.ValueError, 'list.remove(x): x not in list')
    items.splice(i, 1)
    listReplace(rt, args[0], items)
    return None
  })
  def('index', (rt, args, kw) => {
    positional(rt, 'index', args, kw, 2, 4)
    const items = rt.listItems(args[0])
    const [s, e] = clampRange(rt, items.length, args[2] ?? UNBOUND, args[3] ?? UNBOUND)
    for (let i = s; i < e; i++) if (pyEq(rt, items[i], args[1])) return mkInt(i)
    throw rt.error(T.ValueError, `${repr(rt, args[1])} is not in list`)
  })
  def('count', (rt, args, kw) => {
    positional(rt, 'count', args, kw, 2, 2)
    return mkInt(rt.listItems(args[0]).filter((x) => pyEq(rt, x, args[1])).length)
  })
  def('sort', (rt, args, kw) => {
    if (args.length > 1) throw rt.typeError('sort() takes no positional arguments')
    const [key, reverse] = parseArgs(rt, 'sort', [], kw, ['*', 'key?', 'reverse?'])
    listReplace(rt, args[0], sortValues(rt, rt.listItems(args[0]), key, reverse !== UNBOUND && truthy(rt, reverse)))
    return None
  })
  def('reverse', (rt, args, kw) => { positional(rt, 'reverse', args, kw, 1, 1); listReplace(rt, args[0], rt.listItems(args[0]).reverse()); return None })
  def('copy', (rt, args, kw) => { positional(rt, 'copy', args, kw, 1, 1); return rt.newList(rt.listItems(args[0])) })
  def('clear', (rt, args, kw) => { positional(rt, 'clear', args, kw, 1, 1); rt.f[addrOf(args[0]) + L.List.LEN] = 0; return None })
  return m
}

function tupleMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  m.set('count', rt.native('count', (rt, args) => mkInt(rt.tupleItems(args[0]).filter((x) => pyEq(rt, x, args[1])).length), 'tuple.count'))
  m.set('index', rt.native('index', (rt, args) => {
    const i = rt.tupleItems(args[0]).findIndex((x) => pyEq(rt, x, args[1]))
    if (i < 0) throw rt.error(T.ValueError, 'tuple.index(x): x not in tuple')
    return mkInt(i)
  }, 'tuple.index'))
  return m
}

function rangeMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `range.${name}`)) }
  // an int (or bool) is found by arithmetic, anything else by comparing items (2.0 == 2)
  const position = (rt: Runtime, r: Value, x: Value): number => {
    const a = addrOf(r)
    if (rt.isIntLike(x)) {
      if (!contains(rt, r, x)) return -1
      return (Number(rt.intValue(x)) - rt.f[a + L.Range.START] / 8) / (rt.f[a + L.Range.STEP] / 8)
    }
    let i = 0
    const it = newIter(rt, L.IterType.RANGE, rt.f[a + L.Range.START], rt.f[a + L.Range.STOP], rt.f[a + L.Range.STEP])
    for (const y of toArray(rt, it)) {
      if (pyEq(rt, y, x)) return i
      i++
    }
    return -1
  }
  const one = (name: string, args: Value[], kw: Parameters<NativeFn>[2]): void => {
    if (kw && kw.names.length) throw rt.typeError(`range.${name}() takes no keyword arguments`)
    if (args.length !== 2) throw rt.typeError(`range.${name}() takes exactly one argument (${args.length - 1} given)`)
  }
  def('index', (rt, args, kw) => {
    one('index', args, kw)
    const i = position(rt, args[0], args[1])
    if (i >= 0) return mkInt(i)
    if (rt.isIntLike(args[1])) throw rt.error(T.ValueError, `${repr(rt, args[1])} is not in range`)
    throw rt.error(T.ValueError, 'sequence.index(x): x not in sequence')
  })
  def('count', (rt, args, kw) => {
    one('count', args, kw)
    if (rt.isIntLike(args[1])) return mkInt(contains(rt, args[0], args[1]) ? 1 : 0)
    return mkInt(toArray(rt, args[0]).filter((y) => pyEq(rt, y, args[1])).length)
  })
  return m
}

function dictMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `dict.${name}`)) }
  def('get', (rt, args, kw) => {
    positional(rt, 'get', args, kw, 2, 3)
    const v = dictGet(rt, addrOf(args[0]), args[1])
    return v === UNBOUND ? (args.length > 2 ? args[2] : None) : v
  })
  def('setdefault', (rt, args, kw) => {
    positional(rt, 'setdefault', args, kw, 2, 3)
    const d = addrOf(args[0])
    const v = dictGet(rt, d, args[1])
    if (v !== UNBOUND) return v
    const dflt = args.length > 2 ? args[2] : None
    dictSet(rt, d, args[1], dflt)
    return dflt
  })
  def('pop', (rt, args, kw) => {
    positional(rt, 'pop', args, kw, 2, 3)
    const v = dictDel(rt, addrOf(args[0]), args[1])
    if (v !== UNBOUND) return v
    if (args.length > 2) return args[2]
    throw keyError(rt, args[1])
  })
  def('popitem', (rt, args) => {
    const d = addrOf(args[0])
    let last = -1
    for (let j = dictNextEntry(rt, d, 0); j >= 0; j = dictNextEntry(rt, d, j + 1)) last = j
    if (last < 0) throw rt.error(T.KeyError, 'popitem(): dictionary is empty')
    const k = dictEntryKey(rt, d, last), v = dictEntryValue(rt, d, last)
    dictDel(rt, d, k)
    return rt.newTuple([k, v])
  })
  def('keys', (rt, args) => newIter(rt, L.IterType.KEYS_VIEW, args[0]))
  def('values', (rt, args) => newIter(rt, L.IterType.VALUES_VIEW, args[0]))
  def('items', (rt, args) => newIter(rt, L.IterType.ITEMS_VIEW, args[0]))
  def('update', (rt, args, kw) => {
    if (args.length > 2) throw rt.typeError(`update expected at most 1 argument, got ${args.length - 1}`)
    dictFill(rt, addrOf(args[0]), args.length > 1 ? args[1] : UNBOUND, kw)
    return None
  })
  def('copy', (rt, args) => dictCopy(rt, addrOf(args[0])))
  def('clear', (rt, args) => { dictClear(rt, addrOf(args[0])); return None })
  // in CLASS_METHODS: dict.fromkeys(...) and d.fromkeys(...) both get the class
  def('fromkeys', (rt, args, kw) => {
    positional(rt, 'fromkeys', args, kw, 2, 3)
    const d = rt.call(args[0], [], null)
    const value = args.length > 2 ? args[2] : None
    for (const k of toArray(rt, args[1])) dictSet(rt, addrOf(d), k, value)
    return d
  })
  return m
}

/// Natives that the world installs wrapped in a classmethod (here, every
/// worker registers natives; only the world's creator may allocate).
export const CLASS_METHODS: ReadonlySet<string> = new Set(['dict.fromkeys'])

function setMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `set.${name}`)) }
  const others = (args: Value[]): Value[][] => args.slice(1).map((x) => toArray(rt, x))
  const build = (items: Value[], like: Value): Value => {
    const s = newSet(rt, rt.kindOf(like) === Kind.FROZENSET)
    for (const x of items) setAdd(rt, addrOf(s), x)
    return s
  }
  const has = (items: Value[], x: Value): boolean => items.some((y) => pyEq(rt, x, y))
  def('add', (rt, args) => { setAdd(rt, addrOf(args[0]), args[1]); return None })
  def('remove', (rt, args) => { if (!setDiscard(rt, addrOf(args[0]), args[1])) throw keyError(rt, args[1]); return None })
  def('discard', (rt, args) => { setDiscard(rt, addrOf(args[0]), args[1]); return None })
  def('pop', (rt, args) => {
    const items = setItems(rt, addrOf(args[0]))
    if (items.length === 0) throw rt.error(T.KeyError, 'pop from an empty set')
    setDiscard(rt, addrOf(args[0]), items[0])
    return items[0]
  })
  def('clear', (rt, args) => { setClear(rt, addrOf(args[0])); return None })
  def('copy', (rt, args) => build(setItems(rt, addrOf(args[0])), args[0]))
  def('update', (rt, args) => { for (const o of others(args)) for (const x of o) setAdd(rt, addrOf(args[0]), x); return None })
  def('union', (rt, args) => build([...setItems(rt, addrOf(args[0])), ...others(args).flat()], args[0]))
  def('intersection', (rt, args) => build(setItems(rt, addrOf(args[0])).filter((x) => others(args).every((o) => has(o, x))), args[0]))
  def('difference', (rt, args) => build(setItems(rt, addrOf(args[0])).filter((x) => !others(args).some((o) => has(o, x))), args[0]))
  def('symmetric_difference', (rt, args) => {
    const a = setItems(rt, addrOf(args[0])), b = toArray(rt, args[1])
    return build([...a.filter((x) => !has(b, x)), ...b.filter((x) => !has(a, x))], args[0])
  })
  def('intersection_update', (rt, args) => {
    const keep = setItems(rt, addrOf(args[0])).filter((x) => others(args).every((o) => has(o, x)))
    setClear(rt, addrOf(args[0]))
    for (const x of keep) setAdd(rt, addrOf(args[0]), x)
    return None
  })
  def('difference_update', (rt, args) => { for (const o of others(args)) for (const x of o) setDiscard(rt, addrOf(args[0]), x); return None })
  def('issubset', (rt, args) => { const o = toArray(rt, args[1]); return bool(setItems(rt, addrOf(args[0])).every((x) => has(o, x))) })
  def('issuperset', (rt, args) => bool(toArray(rt, args[1]).every((x) => setHas(rt, addrOf(args[0]), x))))
  def('isdisjoint', (rt, args) => bool(!toArray(rt, args[1]).some((x) => setHas(rt, addrOf(args[0]), x))))
  return m
}

function objectMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  m.set('__init__', rt.native('__init__', () => None, 'object.__init__'))
  m.set('__repr__', rt.native('__repr__', (rt, args) => {
    const cls = rt.typeOf(args[0])
    return rt.newStr(`<${rt.className(cls)} object>`)
  }, 'object.__repr__'))
  m.set('__str__', rt.native('__str__', (rt, args) => rt.newStr(repr(rt, args[0])), 'object.__str__'))
  m.set('__eq__', rt.native('__eq__', (_rt, args) => (args[0] === args[1] ? True : 26), 'object.__eq__'))
  m.set('__ne__', rt.native('__ne__', (_rt, args) => (args[0] !== args[1] ? True : False), 'object.__ne__'))
  m.set('__hash__', rt.native('__hash__', (_rt, args) => mkInt(addrOf(args[0])), 'object.__hash__'))
  return m
}

function exceptionMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  m.set('__init__', rt.native('__init__', (rt, args) => {
    rt.f[addrOf(args[0]) + L.Exc.ARGS] = rt.newTuple(args.slice(1))
    return None
  }, 'BaseException.__init__'))
  m.set('__str__', rt.native('__str__', (rt, args) => {
    const items = rt.tupleItems(rt.f[addrOf(args[0]) + L.Exc.ARGS])
    return rt.newStr(items.length === 0 ? '' : items.length === 1 ? str(rt, items[0]) : repr(rt, rt.newTuple(items)))
  }, 'BaseException.__str__'))
  m.set('with_traceback', rt.native('with_traceback', (_rt, args) => args[0], 'BaseException.with_traceback'))
  return m
}

function numberMethods(rt: Runtime): [Methods, Methods] {
  const ints: Methods = new Map()
  ints.set('bit_length', rt.native('bit_length', (rt, args) => {
    const n = BigInt(rt.intValue(args[0]))
    return mkInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length)
  }, 'int.bit_length'))
  const floats: Methods = new Map()
  floats.set('is_integer', rt.native('is_integer', (rt, args) => bool(Number.isInteger(rt.floatOf(args[0]))), 'float.is_integer'))
  return [ints, floats]
}

function propertyMethods(rt: Runtime): Methods {
  const m: Methods = new Map()
  const copyWith = (slot: number) => (rt: Runtime, args: Value[]): Value => {
    const src = addrOf(args[0])
    const a = rt.heap.alloc(Kind.PROPERTY, L.Prop.SIZE)
    for (let i = 1; i < L.Prop.SIZE; i++) rt.f[a + i] = rt.f[src + i]
    rt.f[a + slot] = args[1]
    return mkRef(a)
  }
  m.set('getter', rt.native('getter', copyWith(L.Prop.FGET), 'property.getter'))
  m.set('setter', rt.native('setter', copyWith(L.Prop.FSET), 'property.setter'))
  m.set('deleter', rt.native('deleter', copyWith(L.Prop.FDEL), 'property.deleter'))
  return m
}

/// Registers the container/object methods; returns type -> (name -> native).
export function builtinMethods(rt: Runtime): Map<T, Methods> {
  const out = new Map<T, Methods>()
  out.set(T.object, objectMethods(rt))
  out.set(T.list, listMethods(rt))
  out.set(T.tuple, tupleMethods(rt))
  out.set(T.dict, dictMethods(rt))
  out.set(T.range, rangeMethods(rt))
  const sm = setMethods(rt)
  out.set(T.set, sm)
  out.set(T.frozenset, new Map([...sm].filter(([k]) => ['copy', 'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'].includes(k))))
  out.set(T.BaseException, exceptionMethods(rt))
  const [ints, floats] = numberMethods(rt)
  out.set(T.int, ints)
  out.set(T.float, floats)
  out.set(T.property, propertyMethods(rt))
  return out
}

export { dictEach, setLen, mkRef }
