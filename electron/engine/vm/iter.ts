/// Iteration: iter() and next() for every iterable kind, and the iterator
/// objects of builtins (enumerate, zip, map, filter, reversed).

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, PyError } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, UNBOUND, TAG_REF, addrOf, mkRef, mkInt } from './value.ts'
import { dictNextEntry, dictEntryKey, dictEntryValue, setNextSlot, setSlotKey } from './dict.ts'
import { userMethod, truthy } from './protocol.ts'
import { getItem } from './items.ts'

/// A new iterator record of subtype `type` over (a, b, c, d).
export function newIter(rt: Runtime, type: L.IterType, a: Value, b: Value = 0, c: Value = 0, d: Value = 0): Value {
  const it = rt.heap.alloc(Kind.ITER, L.Iter.SIZE)
  const f = rt.f
  f[it + L.Iter.TYPE] = type
  f[it + L.Iter.A] = a
  f[it + L.Iter.B] = b
  f[it + L.Iter.C] = c
  f[it + L.Iter.D] = d
  return mkRef(it)
}

/// Python's iter(v).
export function iter(rt: Runtime, v: Value): Value {
  if ((v & 7) === TAG_REF) {
    const a = addrOf(v)
    const f = rt.f
    switch (rt.heap.kind(a)) {
      case Kind.LIST: return newIter(rt, L.IterType.LIST, v, 0)
      case Kind.TUPLE: return newIter(rt, L.IterType.TUPLE, v, 0)
      case Kind.STR: return newIter(rt, L.IterType.STR, v, 0)
      case Kind.RANGE: return newIter(rt, L.IterType.RANGE, f[a + L.Range.START], f[a + L.Range.STOP], f[a + L.Range.STEP])
      case Kind.DICT: return newIter(rt, L.IterType.DICT_KEYS, v, 0, f[a + L.Dict.USED])
      case Kind.SET: case Kind.FROZENSET: return newIter(rt, L.IterType.SET, v, 0, f[a + L.Set_.USED])
      case Kind.GENERATOR: return v
      case Kind.ITER: {
        const t = f[a + L.Iter.TYPE]
        if (t === L.IterType.KEYS_VIEW) return newIter(rt, L.IterType.DICT_KEYS, f[a + L.Iter.A], 0, f[addrOf(f[a + L.Iter.A]) + L.Dict.USED])
        if (t === L.IterType.VALUES_VIEW) return newIter(rt, L.IterType.DICT_VALUES, f[a + L.Iter.A], 0, f[addrOf(f[a + L.Iter.A]) + L.Dict.USED])
        if (t === L.IterType.ITEMS_VIEW) return newIter(rt, L.IterType.DICT_ITEMS, f[a + L.Iter.A], 0, f[addrOf(f[a + L.Iter.A]) + L.Dict.USED])
        return v
      }
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, v, '__iter__')
        if (m !== UNBOUND) {
          const r = rt.call(m, [v], null)
          if (userMethod(rt, r, '__next__') === UNBOUND && rt.kindOf(r) !== Kind.ITER && rt.kindOf(r) !== Kind.GENERATOR) {
            throw rt.typeError(`iter() returned non-iterator of type '${rt.typeName(r)}'`)
          }
          return r
        }
        const g = userMethod(rt, v, '__getitem__')
        if (g !== UNBOUND) return newIter(rt, L.IterType.REVERSED_SEQ, v, 0, 1)
      }
    }
  }
  throw rt.typeError(`'${rt.typeName(v)}' object is not iterable`)
}

function dictChanged(rt: Runtime): PyError {
  return rt.error(T.RuntimeError, 'dictionary changed size during iteration')
}

/// Python's next(it): the next item, or UNBOUND when exhausted.
export function next(rt: Runtime, it: Value): Value {
  const kind = rt.kindOf(it)
  if (kind === Kind.GENERATOR) return rt.resume(it, None)
  if (kind !== Kind.ITER) {
    const m = userMethod(rt, it, '__next__')
    if (m === UNBOUND) throw rt.typeError(`'${rt.typeName(it)}' object is not an iterator`)
    try {
      return rt.call(m, [it], null)
    } catch (e) {
      if (e instanceof PyError && rt.isInstance(e.exc, T.StopIteration)) return UNBOUND
      throw e
    }
  }
  const a = addrOf(it)
  const f = rt.f
  switch (f[a + L.Iter.TYPE] as L.IterType) {
    case L.IterType.LIST: {
      const list = addrOf(f[a + L.Iter.A])
      const i = f[a + L.Iter.B]
      if (i >= f[list + L.List.LEN]) { f[a + L.Iter.B] = Infinity; return UNBOUND }
      f[a + L.Iter.B] = i + 1
      return f[f[list + L.List.ITEMS] + 1 + i]
    }
    case L.IterType.TUPLE: {
      const t = addrOf(f[a + L.Iter.A])
      const i = f[a + L.Iter.B]
      if (i >= f[t + L.Tuple.LEN]) return UNBOUND
      f[a + L.Iter.B] = i + 1
      return f[t + L.Tuple.SIZE + i]
    }
    case L.IterType.RANGE: {
      const cur = f[a + L.Iter.A], stop = f[a + L.Iter.B], step = f[a + L.Iter.C]
      if (step > 0 ? cur >= stop : cur <= stop) return UNBOUND
      f[a + L.Iter.A] = cur + step
      return cur
    }
    case L.IterType.STR: {
      const s = rt.str(f[a + L.Iter.A])
      const i = f[a + L.Iter.B]
      if (i >= s.length) return UNBOUND
      const cp = s.codePointAt(i)!
      const ch = String.fromCodePoint(cp)
      f[a + L.Iter.B] = i + ch.length
      return rt.intern(ch)
    }
    case L.IterType.DICT_KEYS: case L.IterType.DICT_VALUES: case L.IterType.DICT_ITEMS: {
      const d = addrOf(f[a + L.Iter.A])
      if (f[d + L.Dict.USED] !== f[a + L.Iter.C]) { f[a + L.Iter.C] = -1; throw dictChanged(rt) }
      const j = dictNextEntry(rt, d, f[a + L.Iter.B])
      if (j < 0) { f[a + L.Iter.B] = Infinity; return UNBOUND }
      f[a + L.Iter.B] = j + 1
      const t = f[a + L.Iter.TYPE]
      if (t === L.IterType.DICT_KEYS) return dictEntryKey(rt, d, j)
      if (t === L.IterType.DICT_VALUES) return dictEntryValue(rt, d, j)
      return rt.newTuple([dictEntryKey(rt, d, j), dictEntryValue(rt, d, j)])
    }
    case L.IterType.SET: {
      const s = addrOf(f[a + L.Iter.A])
      if (f[s + L.Set_.USED] !== f[a + L.Iter.C]) { f[a + L.Iter.C] = -1; throw rt.error(T.RuntimeError, 'Set changed size during iteration') }
      const i = setNextSlot(rt, s, f[a + L.Iter.B])
      if (i < 0) { f[a + L.Iter.B] = Infinity; return UNBOUND }
      f[a + L.Iter.B] = i + 1
      return setSlotKey(rt, s, i)
    }
    case L.IterType.ENUMERATE: {
      const x = next(rt, f[a + L.Iter.A])
      if (x === UNBOUND) return UNBOUND
      const n = f[a + L.Iter.B]
      f[a + L.Iter.B] = n + 8
      return rt.newTuple([n, x])
    }
    case L.IterType.ZIP: {
      const its = rt.tupleItems(f[a + L.Iter.A])
      if (its.length === 0) return UNBOUND
      const out: Value[] = []
      for (const sub of its) {
        const x = next(rt, sub)
        if (x === UNBOUND) return UNBOUND
        out.push(x)
      }
      return rt.newTuple(out)
    }
    case L.IterType.MAP: {
      const its = rt.tupleItems(f[a + L.Iter.B])
      const args: Value[] = []
      for (const sub of its) {
        const x = next(rt, sub)
        if (x === UNBOUND) return UNBOUND
        args.push(x)
      }
      return rt.call(f[a + L.Iter.A], args, null)
    }
    case L.IterType.FILTER: {
      const fn = f[a + L.Iter.A]
      for (;;) {
        const x = next(rt, f[a + L.Iter.B])
        if (x === UNBOUND) return UNBOUND
        const keep = fn === None ? truthy(rt, x) : truthy(rt, rt.call(fn, [x], null))
        if (keep) return x
      }
    }
    case L.IterType.REVERSED_LIST: {
      const list = addrOf(f[a + L.Iter.A])
      const i = f[a + L.Iter.B]
      if (i < 0 || i >= f[list + L.List.LEN]) { f[a + L.Iter.B] = -1; return UNBOUND }
      f[a + L.Iter.B] = i - 1
      return f[f[list + L.List.ITEMS] + 1 + i]
    }
    case L.IterType.REVERSED_SEQ: {
      // sequence iteration through __getitem__ (step C: +1 forward, -1 backward)
      const seq = f[a + L.Iter.A]
      const i = f[a + L.Iter.B]
      if (i < 0) return UNBOUND
      const step = f[a + L.Iter.C]
      try {
        const g = userMethod(rt, seq, '__getitem__')
        const v = g !== UNBOUND ? rt.call(g, [seq, mkInt(i)], null) : getItem(rt, seq, mkInt(i))
        f[a + L.Iter.B] = i + step
        return v
      } catch (e) {
        if (e instanceof PyError && (rt.isInstance(e.exc, T.IndexError) || rt.isInstance(e.exc, T.StopIteration))) {
          f[a + L.Iter.B] = -1
          return UNBOUND
        }
        throw e
      }
    }
  }
  return UNBOUND
}

/// All items of an iterable.
export function toArray(rt: Runtime, v: Value): Value[] {
  const k = rt.kindOf(v)
  if (k === Kind.LIST) return rt.listItems(v)
  if (k === Kind.TUPLE) return rt.tupleItems(v)
  const it = iter(rt, v)
  const out: Value[] = []
  for (let x = next(rt, it); x !== UNBOUND; x = next(rt, it)) out.push(x)
  return out
}
