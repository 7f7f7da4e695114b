/// Subscription and membership: `x[i]`, `x[a:b:c]`, `x[i] = v`, `del x[i]`, `in`.

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime, PyError } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, UNBOUND, TAG_INT, TAG_REF, addrOf, mkInt } from './value.ts'
import { dictGet, dictSet, dictDel, setHas } from './dict.ts'
import { userMethod, pyEq, rangeLen, truthy } from './protocol.ts'
import { iter, next, toArray } from './iter.ts'

/// An index value as a JS integer (ints, bools, __index__), or null.
export function asIndex(rt: Runtime, v: Value): number | null {
  if ((v & 7) === TAG_INT) return v / 8
  if (rt.isIntLike(v)) return Number(rt.intValue(v))
  const m = userMethod(rt, v, '__index__')
  if (m !== UNBOUND) return asIndex(rt, rt.call(m, [v], null))
  return null
}

/// Resolves slice bounds against a length: [start, stop, step, count].
export function sliceIndices(rt: Runtime, slice: Value, len: number): [number, number, number, number] {
  const f = rt.f
  const a = addrOf(slice)
  const sv = f[a + L.Slice.STEP]
  let step = 1
  if (sv !== None) {
    const s = asIndex(rt, sv)
    if (s === null) throw rt.typeError('slice indices must be integers or None or have an __index__ method')
    if (s === 0) throw rt.error(T.ValueError, 'slice step cannot be zero')
    step = s
  }
  const bound = (v: Value, dflt: number, lo: number, hi: number): number => {
    if (v === None) return dflt
    let i = asIndex(rt, v)
    if (i === null) throw rt.typeError('slice indices must be integers or None or have an __index__ method')
    if (i < 0) { i += len; if (i < lo) i = lo } else if (i > hi) i = hi
    return i
  }
  let start: number, stop: number
  if (step > 0) {
    start = bound(f[a + L.Slice.START], 0, 0, len)
    stop = bound(f[a + L.Slice.STOP], len, 0, len)
  } else {
    start = bound(f[a + L.Slice.START], len - 1, -1, len - 1)
    stop = bound(f[a + L.Slice.STOP], -1, -1, len - 1)
  }
  let count = 0
  if (step > 0 ? start < stop : start > stop) count = Math.floor((stop - start + (step > 0 ? -1 : 1)) / step) + 1
  return [start, stop, step, count]
}

function pick(items: ArrayLike<Value>, start: number, step: number, count: number): Value[] {
  const out = new Array<Value>(count)
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j]
  return out
}

function isSlice(rt: Runtime, v: Value): boolean {
  return rt.kindOf(v) === Kind.SLICE
}

function indexError(rt: Runtime, what: string): never {
  throw rt.error(T.IndexError, `${what} index out of range`)
}

function needIndex(rt: Runtime, container: Value, key: Value): number {
  const i = asIndex(rt, key)
  if (i === null) throw rt.typeError(`${rt.typeName(container)} indices must be integers or slices, not ${rt.typeName(key)}`)
  return i
}

/// container[key]
export function getItem(rt: Runtime, container: Value, key: Value): Value {
  const f = rt.f
  if ((container & 7) === TAG_REF) {
    const a = addrOf(container)
    switch (rt.heap.kind(a)) {
      case Kind.LIST: {
        const n = f[a + L.List.LEN]
        if ((key & 7) === TAG_INT) {
          let i = key / 8
          if (i < 0) i += n
          if (i < 0 || i >= n) indexError(rt, 'list')
          return f[f[a + L.List.ITEMS] + 1 + i]
        }
        if (isSlice(rt, key)) {
          const [s, , st, c] = sliceIndices(rt, key, n)
          const base = f[a + L.List.ITEMS] + 1
          return rt.newList(pick(f.subarray(base, base + n), s, st, c))
        }
        let i = needIndex(rt, container, key)
        if (i < 0) i += n
        if (i < 0 || i >= n) indexError(rt, 'list')
        return f[f[a + L.List.ITEMS] + 1 + i]
      }
      case Kind.TUPLE: {
        const n = f[a + L.Tuple.LEN]
        if (isSlice(rt, key)) {
          const [s, , st, c] = sliceIndices(rt, key, n)
          return rt.newTuple(pick(f.subarray(a + L.Tuple.SIZE, a + L.Tuple.SIZE + n), s, st, c))
        }
        let i = needIndex(rt, container, key)
        if (i < 0) i += n
        if (i < 0 || i >= n) indexError(rt, 'tuple')
        return f[a + L.Tuple.SIZE + i]
      }
      case Kind.STR: {
        const chars = Array.from(rt.str(container))
        if (isSlice(rt, key)) {
          const [s, , st, c] = sliceIndices(rt, key, chars.length)
          let out = ''
          for (let i = 0, j = s; i < c; i++, j += st) out += chars[j]
          return rt.newStr(out)
        }
        const raw = asIndex(rt, key)
        if (raw === null) throw rt.typeError(`string indices must be integers, not '${rt.typeName(key)}'`)
        let i = raw
        if (i < 0) i += chars.length
        if (i < 0 || i >= chars.length) indexError(rt, 'string')
        return rt.intern(chars[i])
      }
      case Kind.DICT: {
        const v = dictGet(rt, a, key)
        if (v !== UNBOUND) return v
        const missing = userMethod(rt, container, '__missing__')
        if (missing !== UNBOUND) return rt.call(missing, [container, key], null)
        throw keyError(rt, key)
      }
      case Kind.RANGE: {
        const n = rangeLen(rt, a)
        const start = f[a + L.Range.START] / 8, step = f[a + L.Range.STEP] / 8
        if (isSlice(rt, key)) {
          const [s, e, st] = sliceIndices(rt, key, n)
          return rt.call(rt.clsValue(T.range), [mkInt(start + s * step), mkInt(start + e * step), mkInt(st * step)], null)
        }
        let i = needIndex(rt, container, key)
        if (i < 0) i += n
        if (i < 0 || i >= n) throw rt.error(T.IndexError, 'range object index out of range')
        return mkInt(start + i * step)
      }
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, container, '__getitem__')
        if (m !== UNBOUND) return rt.call(m, [container, key], null)
        break
      }
      case Kind.CLASS: {
        // list[int] and friends in annotations: return the class itself
        return container
      }
    }
  }
  throw rt.typeError(`'${rt.typeName(container)}' object is not subscriptable`)
}

/// container[key] = value
export function setItem(rt: Runtime, container: Value, key: Value, value: Value): void {
  const f = rt.f
  if ((container & 7) === TAG_REF) {
    const a = addrOf(container)
    switch (rt.heap.kind(a)) {
      case Kind.LIST: {
        const n = f[a + L.List.LEN]
        if (isSlice(rt, key)) {
          const items = rt.listItems(container)
          const [s, e, st, c] = sliceIndices(rt, key, n)
          const repl = toArray(rt, value)
          if (st === 1) {
            items.splice(s, Math.max(0, e - s), ...repl)
          } else {
            if (repl.length !== c) throw rt.error(T.ValueError, `attempt to assign sequence of size ${repl.length} to extended slice of size ${c}`)
            for (let i = 0, j = s; i < c; i++, j += st) items[j] = repl[i]
          }
          listReplace(rt, container, items)
          return
        }
        let i = asIndex(rt, key)
        if (i === null) throw rt.typeError(`list indices must be integers or slices, not ${rt.typeName(key)}`)
        if (i < 0) i += n
        if (i < 0 || i >= n) throw rt.error(T.IndexError, 'list assignment index out of range')
        f[f[a + L.List.ITEMS] + 1 + i] = value
        return
      }
      case Kind.DICT: dictSet(rt, a, key, value); return
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, container, '__setitem__')
        if (m !== UNBOUND) { rt.call(m, [container, key, value], null); return }
      }
    }
  }
  throw rt.typeError(`'${rt.typeName(container)}' object does not support item assignment`)
}

/// Replaces a list's contents.
export function listReplace(rt: Runtime, list: Value, items: Value[]): void {
  const a = addrOf(list)
  rt.f[a + L.List.LEN] = 0
  rt.listGrow(a, items.length)
  const base = rt.f[a + L.List.ITEMS] + 1
  for (let i = 0; i < items.length; i++) rt.f[base + i] = items[i]
  rt.f[a + L.List.LEN] = items.length
}

/// del container[key]
export function delItem(rt: Runtime, container: Value, key: Value): void {
  const f = rt.f
  if ((container & 7) === TAG_REF) {
    const a = addrOf(container)
    switch (rt.heap.kind(a)) {
      case Kind.LIST: {
        const items = rt.listItems(container)
        if (isSlice(rt, key)) {
          const [s, , st, c] = sliceIndices(rt, key, items.length)
          const drop = new Set<number>()
          for (let i = 0, j = s; i < c; i++, j += st) drop.add(j)
          listReplace(rt, container, items.filter((_, i) => !drop.has(i)))
          return
        }
        let i = asIndex(rt, key)
        if (i === null) throw rt.typeError(`list indices must be integers or slices, not ${rt.typeName(key)}`)
        if (i < 0) i += items.length
        if (i < 0 || i >= items.length) throw rt.error(T.IndexError, 'list assignment index out of range')
        items.splice(i, 1)
        listReplace(rt, container, items)
        return
      }
      case Kind.DICT:
        if (dictDel(rt, a, key) === UNBOUND) throw keyError(rt, key)
        return
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, container, '__delitem__')
        if (m !== UNBOUND) { rt.call(m, [container, key], null); return }
      }
    }
  }
  throw rt.typeError(`'${rt.typeName(container)}' object doesn't support item deletion`)
}

export function keyError(rt: Runtime, key: Value): PyError {
  return new PyError(rt.newException(T.KeyError, [key]))
}

/// `item in container`
export function contains(rt: Runtime, container: Value, item: Value): boolean {
  const f = rt.f
  if ((container & 7) === TAG_REF) {
    const a = addrOf(container)
    switch (rt.heap.kind(a)) {
      case Kind.LIST: {
        const n = f[a + L.List.LEN]
        const base = f[a + L.List.ITEMS] + 1
        for (let i = 0; i < n && i < f[a + L.List.LEN]; i++) if (pyEq(rt, f[base + i], item)) return true
        return false
      }
      case Kind.TUPLE: {
        const n = f[a + L.Tuple.LEN]
        for (let i = 0; i < n; i++) if (pyEq(rt, f[a + L.Tuple.SIZE + i], item)) return true
        return false
      }
      case Kind.STR:
        if (!rt.isStr(item)) throw rt.typeError(`'in <string>' requires string as left operand, not ${rt.typeName(item)}`)
        return rt.str(container).includes(rt.str(item))
      case Kind.DICT: return dictGet(rt, a, item) !== UNBOUND
      case Kind.SET: case Kind.FROZENSET: return setHas(rt, a, item)
      case Kind.RANGE: {
        if (!rt.isIntLike(item)) break
        const x = Number(rt.intValue(item))
        const start = f[a + L.Range.START] / 8, stop = f[a + L.Range.STOP] / 8, step = f[a + L.Range.STEP] / 8
        if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false
        return (x - start) % step === 0
      }
      case Kind.ITER: {
        const t = f[a + L.Iter.TYPE]
        if (t === L.IterType.KEYS_VIEW) return dictGet(rt, addrOf(f[a + L.Iter.A]), item) !== UNBOUND
        break
      }
      case Kind.INSTANCE: case Kind.EXCEPTION: {
        const m = userMethod(rt, container, '__contains__')
        if (m !== UNBOUND) return truthy(rt, rt.call(m, [container, item], null))
        break
      }
    }
  }
  const it = iter(rt, container)
  for (let x = next(rt, it); x !== UNBOUND; x = next(rt, it)) if (pyEq(rt, x, item)) return true
  return false
}

