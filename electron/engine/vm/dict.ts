/// Dicts and sets with Python keys: hashing and equality may run Python
/// code (`__hash__`, `__eq__`), so these sit above the runtime's raw tables.

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { type Value, UNBOUND, addrOf, mkRef, isRef } from './value.ts'
import { pyHash, pyEq } from './protocol.ts'

export function newDict(rt: Runtime): Value {
  return mkRef(rt.newDictAddr())
}

function findEntry(rt: Runtime, d: number, key: Value, h: number): number {
  const f = rt.f
  if (f[d + L.Dict.USED] === 0) return -1
  const mask = f[d + L.Dict.MASK]
  const idx = f[d + L.Dict.INDEX] * 2 + 2
  const ent = f[d + L.Dict.ENTRIES] + 1
  const keyIsStr = rt.isStr(key)
  let i = h & mask
  let perturb = h
  for (;;) {
    const ix = rt.i32[idx + i]
    if (ix === -1) return -1
    const e = ent + ix * 3
    if (f[e] === h) {
      const k = f[e + 1]
      if (k === key) return e
      if (k !== UNBOUND) {
        if (keyIsStr ? rt.isStr(k) && rt.strEq(k, key) : pyEq(rt, k, key)) return e
      }
    }
    perturb = perturb >>> 5
    i = (i * 5 + perturb + 1) & mask
  }
}

/// d[key], or UNBOUND when missing. `d` is the dict's address.
export function dictGet(rt: Runtime, d: number, key: Value): Value {
  const e = findEntry(rt, d, key, pyHash(rt, key))
  return e < 0 ? UNBOUND : rt.f[e + 2]
}

export function dictSet(rt: Runtime, d: number, key: Value, value: Value): void {
  rt.dictSetHashed(d, key, pyHash(rt, key), value, (a, b) => pyEq(rt, a, b))
}

/// Removes key; returns its value or UNBOUND if it was absent.
export function dictDel(rt: Runtime, d: number, key: Value): Value {
  const e = findEntry(rt, d, key, pyHash(rt, key))
  if (e < 0) return UNBOUND
  const v = rt.f[e + 2]
  rt.f[e + 1] = UNBOUND
  rt.f[e + 2] = UNBOUND
  rt.f[d + L.Dict.USED] -= 1
  rt.f[d + L.Dict.KEYS] += 1
  return v
}

/// The slot index of name's entry in dict d (value at +2), or -1.
export function dictEntryOfName(rt: Runtime, d: number, name: Value): number {
  return findEntry(rt, d, name, rt.strHash(name))
}

/// Lookup by an interned (or any) str key, skipping Python-level __eq__.
export function dictGetName(rt: Runtime, d: number, name: Value): Value {
  const e = findEntry(rt, d, name, rt.strHash(name))
  return e < 0 ? UNBOUND : rt.f[e + 2]
}

export function dictSetName(rt: Runtime, d: number, name: Value, value: Value): void {
  rt.dictSetStrRaw(d, name, value)
}

export function dictLen(rt: Runtime, d: number): number {
  return rt.f[d + L.Dict.USED]
}

/// Calls fn(key, value) for each live entry in insertion order. The dict
/// may not change size meanwhile (callers check the version themselves).
export function dictEach(rt: Runtime, d: number, fn: (k: Value, v: Value) => void): void {
  const f = rt.f
  const n = f[d + L.Dict.NENTRIES]
  const ent = f[d + L.Dict.ENTRIES] + 1
  for (let j = 0; j < n; j++) {
    const e = ent + j * 3
    const k = f[e + 1]
    if (k !== UNBOUND) fn(k, f[e + 2])
  }
}

/// The str keys of dict d, in insertion order (names in a namespace).
export function dictNames(rt: Runtime, d: number): string[] {
  const out: string[] = []
  dictEach(rt, d, (k) => { if (rt.isStr(k)) out.push(rt.str(k)) })
  return out
}

/// The entry at position j (for iterators), or -1 past the end; skips deleted ones.
export function dictNextEntry(rt: Runtime, d: number, j: number): number {
  const f = rt.f
  const n = f[d + L.Dict.NENTRIES]
  const ent = f[d + L.Dict.ENTRIES] + 1
  for (; j < n; j++) if (f[ent + j * 3 + 1] !== UNBOUND) return j
  return -1
}

export function dictEntryKey(rt: Runtime, d: number, j: number): Value {
  return rt.f[rt.f[d + L.Dict.ENTRIES] + 1 + j * 3 + 1]
}

export function dictEntryValue(rt: Runtime, d: number, j: number): Value {
  return rt.f[rt.f[d + L.Dict.ENTRIES] + 1 + j * 3 + 2]
}

export function dictClear(rt: Runtime, d: number): void {
  rt.dictInitTables(d, 8)
}

export function dictCopy(rt: Runtime, d: number): Value {
  const out = rt.newDictAddr()
  dictEach(rt, d, (k, v) => dictSet(rt, out, k, v))
  return mkRef(out)
}

export function isDict(rt: Runtime, v: Value): boolean {
  return isRef(v) && rt.heap.kind(addrOf(v)) === Kind.DICT
}

// ------------------------------------------------------------------ sets
// A set is an open-addressed table iterated in slot order, sized and probed
// like CPython's so that small int sets print in the same order.

export function newSet(rt: Runtime, frozen = false): Value {
  const a = rt.heap.alloc(frozen ? Kind.FROZENSET : Kind.SET, L.Set_.SIZE)
  initSetTable(rt, a, 8)
  return mkRef(a)
}

function initSetTable(rt: Runtime, s: number, size: number): void {
  const t = rt.heap.alloc(Kind.ARRAY, 1 + size * 2)
  for (let i = 0; i < size; i++) rt.f[t + 1 + i * 2 + 1] = UNBOUND
  rt.f[s + L.Set_.TABLE] = t
  rt.f[s + L.Set_.MASK] = size - 1
  rt.f[s + L.Set_.USED] = 0
  rt.f[s + L.Set_.FILL] = 0
}

const LINEAR_PROBES = 9

/// Slot index of key, or of the free slot where it would go (negative - 1).
function setFind(rt: Runtime, s: number, key: Value, h: number): number {
  const f = rt.f
  const mask = f[s + L.Set_.MASK]
  const t = f[s + L.Set_.TABLE] + 1
  let perturb = h >= 0 ? h : -h
  let i = (h >>> 0) & mask
  let freeSlot = -1
  for (;;) {
    for (let j = 0; j <= LINEAR_PROBES && i + j <= mask; j++) {
      const slot = i + j
      const k = f[t + slot * 2 + 1]
      if (k === UNBOUND) return freeSlot >= 0 ? -freeSlot - 1 : -slot - 1
      if (k === DUMMY_KEY) {
        if (freeSlot < 0) freeSlot = slot
        continue
      }
      if (f[t + slot * 2] === h && (k === key || pyEq(rt, k, key))) return slot
    }
    perturb = Math.floor(perturb / 32)
    i = ((i * 5 + 1 + perturb) >>> 0) & mask
  }
}

const DUMMY_KEY = 50 // value.ts DUMMY

export function setAdd(rt: Runtime, s: number, key: Value): void {
  const h = pyHash(rt, key)
  const r = setFind(rt, s, key, h)
  if (r >= 0) return
  const slot = -r - 1
  const f = rt.f
  const t = f[s + L.Set_.TABLE] + 1
  const wasDummy = f[t + slot * 2 + 1] === DUMMY_KEY
  f[t + slot * 2] = h
  f[t + slot * 2 + 1] = key
  f[s + L.Set_.USED] += 1
  if (!wasDummy) f[s + L.Set_.FILL] += 1
  const mask = f[s + L.Set_.MASK]
  if (f[s + L.Set_.FILL] * 5 >= mask * 3) {
    const used = f[s + L.Set_.USED]
    setResize(rt, s, used > 50000 ? used * 2 : used * 4)
  }
}

function setResize(rt: Runtime, s: number, minused: number): void {
  const f = rt.f
  const oldT = f[s + L.Set_.TABLE]
  const oldSize = f[s + L.Set_.MASK] + 1
  let size = 8
  while (size <= minused) size *= 2
  initSetTable(rt, s, size)
  for (let i = 0; i < oldSize; i++) {
    const k = f[oldT + 1 + i * 2 + 1]
    if (k !== UNBOUND && k !== DUMMY_KEY) {
      const h = f[oldT + 1 + i * 2]
      const r = setFind(rt, s, k, h)
      const slot = -r - 1
      const t = f[s + L.Set_.TABLE] + 1
      f[t + slot * 2] = h
      f[t + slot * 2 + 1] = k
      f[s + L.Set_.USED] += 1
      f[s + L.Set_.FILL] += 1
    }
  }
  rt.heap.free(oldT)
}

export function setHas(rt: Runtime, s: number, key: Value): boolean {
  return setFind(rt, s, key, pyHash(rt, key)) >= 0
}

/// Removes key; false if it was absent.
export function setDiscard(rt: Runtime, s: number, key: Value): boolean {
  const r = setFind(rt, s, key, pyHash(rt, key))
  if (r < 0) return false
  const t = rt.f[s + L.Set_.TABLE] + 1
  rt.f[t + r * 2 + 1] = DUMMY_KEY
  rt.f[s + L.Set_.USED] -= 1
  return true
}

export function setLen(rt: Runtime, s: number): number {
  return rt.f[s + L.Set_.USED]
}

/// Items in iteration (slot) order.
export function setItems(rt: Runtime, s: number): Value[] {
  const f = rt.f
  const size = f[s + L.Set_.MASK] + 1
  const t = f[s + L.Set_.TABLE] + 1
  const out: Value[] = []
  for (let i = 0; i < size; i++) {
    const k = f[t + i * 2 + 1]
    if (k !== UNBOUND && k !== DUMMY_KEY) out.push(k)
  }
  return out
}

/// The next live slot at or after i, or -1.
export function setNextSlot(rt: Runtime, s: number, i: number): number {
  const f = rt.f
  const size = f[s + L.Set_.MASK] + 1
  const t = f[s + L.Set_.TABLE] + 1
  for (; i < size; i++) {
    const k = f[t + i * 2 + 1]
    if (k !== UNBOUND && k !== DUMMY_KEY) return i
  }
  return -1
}

export function setSlotKey(rt: Runtime, s: number, i: number): Value {
  return rt.f[rt.f[s + L.Set_.TABLE] + 1 + i * 2 + 1]
}

export function setClear(rt: Runtime, s: number): void {
  initSetTable(rt, s, 8)
}
