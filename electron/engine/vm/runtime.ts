/// The per-worker view of a kitchen: the shared heap plus this worker's
/// tables (natives, compiled code), and the primitive object operations
/// that everything else is built from: strings, numbers, tuples, errors.

import { Heap, Kind, Root } from './heap.ts'
import * as L from './layout.ts'
import { T, TYPE_SPECS } from './types.ts'
import {
  type Value, None, True, False, UNBOUND, TAG_INT, TAG_REF, TAG_SPECIAL, TAG_NATIVE,
  mkRef, addrOf, mkInt, fitsSmall, Ellipsis, NotImplemented, mkNative, nativeIndex,
} from './value.ts'
import type { CodeObject } from '../compile/chunk.ts'

/// A Python exception in flight through JS code (natives, nested calls).
export class PyError {
  constructor(readonly exc: Value) {}
}

/// Keyword arguments of a native call.
export interface Kwargs {
  readonly names: readonly string[]
  readonly values: readonly Value[]
}

/// A builtin function. `self` is args[0] for methods of builtin types.
export type NativeFn = (rt: Runtime, args: Value[], kw: Kwargs | null) => Value

export interface Native {
  readonly name: string
  readonly fn: NativeFn
  /// The qualified name printed in reprs (`list.append`).
  readonly qualname: string
}

/// What natives need from the scheduler that runs the threads.
export interface ThreadHost {
  /// Kitchen time in seconds.
  clock(): number
  /// The running THREAD object.
  current(): number
  ident(thread: number): number
  /// Parks the current thread; its blocked call runs again when it resumes.
  park(state: number, waitOn: number, deadline: number): void
  wakeWaiters(obj: number): void
  emit(kind: string, obj: Value | null, detail?: unknown, line?: number): void
  newThread(frame: number, daemon: boolean): number
  write(text: string, toStderr: boolean): void
  readonly seed: number
}

/// Returned by a native that must wait (a lock held by another thread, a
/// sleep): the VM parks the thread and re-runs the same call when woken.
export const BLOCKED: Value = 66

export interface RuntimeState {
  readonly codes: Map<number, CodeObject>
  readonly strCache: Map<number, string>
  readonly internCache: Map<string, Value>
  readonly constructors: Map<number, Value>
  readonly typeCache: Map<number, Value>
  readonly typeVersion: number
  readonly typeCacheVersion: number
  readonly natives: number
}

export class Runtime {
  readonly f: Float64Array
  readonly i32: Int32Array
  readonly u16: Uint16Array
  readonly natives: Native[] = []
  /// Code objects by code id (moduleIndex * 65536 + index within module).
  readonly codes = new Map<number, CodeObject>()
  private readonly types: number[] = []
  private readonly strCache = new Map<number, string>()
  private readonly internCache = new Map<string, Value>()
  /// Calls any callable and returns its result, running Python code in a
  /// nested loop if needed. Installed by the interpreter.
  call!: (fn: Value, args: Value[], kw: Kwargs | null) => Value
  /// The scheduler of the current run.
  host!: ThreadHost
  /// The interpreter (for natives that inspect the running frame: super()).
  interp!: import('./interp.ts').Interp
  /// Builtin classes' constructors: class address -> native.
  readonly constructors = new Map<number, Value>()
  /// Resumes a generator with `sent`; the yielded value, or UNBOUND when it
  /// finished. Installed by the interpreter.
  resume!: (gen: Value, sent: Value) => Value

  constructor(readonly heap: Heap) {
    this.f = heap.f64
    this.i32 = heap.i32
    this.u16 = heap.u16
  }

  /// The JS-side state that mirrors the heap (caches by address, code ids,
  /// type versions), saved with a heap snapshot so that restoring both gives
  /// a runtime that cannot tell it was not just built (see run.ts, World).
  saveState(): RuntimeState {
    return {
      codes: new Map(this.codes), strCache: new Map(this.strCache), internCache: new Map(this.internCache),
      constructors: new Map(this.constructors), typeCache: new Map(this.typeCache),
      typeVersion: this.typeVersion, typeCacheVersion: this.typeCacheVersion, natives: this.natives.length,
    }
  }

  restoreState(s: RuntimeState): void {
    const refill = <K, V>(to: Map<K, V>, from: Map<K, V>): void => { to.clear(); for (const [k, v] of from) to.set(k, v) }
    refill(this.codes, s.codes)
    refill(this.strCache, s.strCache)
    refill(this.internCache, s.internCache)
    refill(this.constructors, s.constructors)
    refill(this.typeCache, s.typeCache)
    this.typeVersion = s.typeVersion
    this.typeCacheVersion = s.typeCacheVersion
    this.natives.length = s.natives
  }

  // ---------------------------------------------------------------- types

  /// Called once the TYPES root exists (after bootstrap or when attaching).
  loadTypes(): void {
    const tup = addrOf(this.f[Root.TYPES])
    const n = this.f[tup + L.Tuple.LEN]
    for (let i = 0; i < n; i++) this.types[i] = addrOf(this.f[tup + L.Tuple.SIZE + i])
  }

  /// The class object (address) of builtin type `t`.
  cls(t: T): number {
    return this.types[t]
  }

  clsValue(t: T): Value {
    return mkRef(this.types[t])
  }

  /// The class (address) of any value.
  typeOf(v: Value): number {
    switch (v & 7) {
      case TAG_INT: return this.types[T.int]
      case TAG_NATIVE: return this.types[T.builtin_function]
      case TAG_SPECIAL:
        if (v === None) return this.types[T.NoneType]
        if (v === True || v === False) return this.types[T.bool]
        if (v === NotImplemented) return this.types[T.NotImplementedType]
        if (v === Ellipsis) return this.types[T.ellipsis]
        return this.types[T.object]
    }
    const a = addrOf(v)
    const f = this.f
    switch (this.heap.kind(a)) {
      case Kind.STR: return this.types[T.str]
      case Kind.BIGINT: return this.types[T.int]
      case Kind.FLOAT: return this.types[T.float]
      case Kind.TUPLE: return this.types[T.tuple]
      case Kind.LIST: return this.types[T.list]
      case Kind.DICT: return this.types[T.dict]
      case Kind.SET: return this.types[T.set]
      case Kind.FROZENSET: return this.types[T.frozenset]
      case Kind.INSTANCE: case Kind.EXCEPTION: return addrOf(f[a + L.Instance.CLASS])
      case Kind.CLASS: return this.types[T.type]
      case Kind.FUNCTION: return this.types[T.function]
      case Kind.BOUND_METHOD: return this.types[T.method]
      case Kind.CELL: return this.types[T.cell]
      case Kind.MODULE: return this.types[T.module]
      case Kind.RANGE: return this.types[T.range]
      case Kind.SLICE: return this.types[T.slice]
      case Kind.GENERATOR: return this.types[T.generator]
      case Kind.PROPERTY: return this.types[T.property]
      case Kind.STATICMETHOD: return this.types[T.staticmethod]
      case Kind.CLASSMETHOD: return this.types[T.classmethod]
      case Kind.SUPER: return this.types[T.super]
      case Kind.LOCK: return this.types[T.lock]
      case Kind.ITER: return this.types[ITER_TYPES[f[a + L.Iter.TYPE]]]
    }
    return this.types[T.object]
  }

  typeName(v: Value): string {
    return this.className(this.typeOf(v))
  }

  /// CPython's tp_name: a builtin type defined in another module is named with it ('_thread.lock').
  className(clsAddr: number): string {
    const name = this.str(this.f[clsAddr + L.Class.NAME])
    if (!(this.f[clsAddr + L.Class.FLAGS] & L.ClassFlags.BUILTIN)) return name
    const m = this.f[clsAddr + L.Class.MODULE]
    if (!this.isStr(m)) return name
    const module = this.str(m)
    return module === 'builtins' ? name : `${module}.${name}`
  }

  /// Is class `a` a subclass of class `b` (both addresses)?
  isSubclass(a: number, b: number): boolean {
    if (a === b) return true
    const mro = addrOf(this.f[a + L.Class.MRO])
    const n = this.f[mro + L.Tuple.LEN]
    for (let i = 0; i < n; i++) if (addrOf(this.f[mro + L.Tuple.SIZE + i]) === b) return true
    return false
  }

  isInstance(v: Value, t: T): boolean {
    return this.isSubclass(this.typeOf(v), this.types[t])
  }

  kindOf(v: Value): Kind {
    return (v & 7) === TAG_REF ? this.heap.kind(addrOf(v)) : Kind.FREE
  }

  // ---------------------------------------------------------------- strings

  /// A new str object holding `s`.
  newStr(s: string): Value {
    const n = s.length
    const a = this.heap.alloc(Kind.STR, L.Str.SIZE + ((n + 3) >> 2))
    const f = this.f
    f[a + L.Str.LEN] = n
    f[a + L.Str.HASH] = -1
    f[a + L.Str.UID] = this.heap.uid()
    const u = this.u16
    const base = (a + L.Str.SIZE) * 4
    for (let i = 0; i < n; i++) u[base + i] = s.charCodeAt(i)
    if (n < 64) this.strCache.set(f[a + L.Str.UID], s)
    return mkRef(a)
  }

  /// The JS string of a str value.
  str(v: Value): string {
    const a = addrOf(v)
    const f = this.f
    const uid = f[a + L.Str.UID]
    const hit = this.strCache.get(uid)
    if (hit !== undefined) return hit
    const n = f[a + L.Str.LEN]
    const base = (a + L.Str.SIZE) * 4
    let s = ''
    const u = this.u16
    for (let i = 0; i < n; i += 4096) {
      s += String.fromCharCode.apply(null, u.subarray(base + i, base + Math.min(n, i + 4096)) as unknown as number[])
    }
    if (n < 256) {
      if (this.strCache.size > 50000) this.strCache.clear()
      this.strCache.set(uid, s)
    }
    return s
  }

  strLen(v: Value): number {
    return this.f[addrOf(v) + L.Str.LEN]
  }

  isStr(v: Value): boolean {
    return (v & 7) === TAG_REF && this.heap.kind(addrOf(v)) === Kind.STR
  }

  /// The str's hash, computed once.
  strHash(v: Value): number {
    const a = addrOf(v)
    const f = this.f
    let h = f[a + L.Str.HASH]
    if (h !== -1) return h
    const n = f[a + L.Str.LEN]
    const base = (a + L.Str.SIZE) * 4
    const u = this.u16
    h = 0x811c9dc5
    for (let i = 0; i < n; i++) h = Math.imul(h ^ u[base + i], 0x01000193)
    h = h >>> 1 // keep it non-negative and never -1
    f[a + L.Str.HASH] = h
    return h
  }

  /// Content equality of two str values.
  strEq(a: Value, b: Value): boolean {
    if (a === b) return true
    const x = addrOf(a), y = addrOf(b)
    const f = this.f
    const n = f[x + L.Str.LEN]
    if (n !== f[y + L.Str.LEN]) return false
    const hx = f[x + L.Str.HASH], hy = f[y + L.Str.HASH]
    if (hx !== -1 && hy !== -1 && hx !== hy) return false
    const u = this.u16
    const bx = (x + L.Str.SIZE) * 4, by = (y + L.Str.SIZE) * 4
    for (let i = 0; i < n; i++) if (u[bx + i] !== u[by + i]) return false
    return true
  }

  /// The canonical str for `s` (identifiers, attribute names, constants):
  /// one object per distinct text, shared by all workers.
  intern(s: string): Value {
    const hit = this.internCache.get(s)
    if (hit !== undefined) return hit
    const table = addrOf(this.f[Root.INTERN])
    let v = this.dictGetStr(table, s)
    if (v === UNBOUND) {
      v = this.newStr(s)
      this.dictSetStrRaw(table, v, v)
    }
    this.internCache.set(s, v)
    return v
  }

  // ---------------------------------------------------------------- numbers

  /// An int value from a JS integer or bigint, boxing when large.
  int(n: number | bigint): Value {
    if (typeof n === 'number') {
      if (fitsSmall(n)) return mkInt(n)
      return this.newBigInt(BigInt(n))
    }
    if (n <= 562949953421312n && n >= -562949953421312n) return mkInt(Number(n))
    return this.newBigInt(n)
  }

  private newBigInt(n: bigint): Value {
    const s = n.toString()
    const a = this.heap.alloc(Kind.BIGINT, L.BigInt_.SIZE + ((s.length + 3) >> 2))
    this.f[a + L.BigInt_.LEN] = s.length
    const base = (a + L.BigInt_.SIZE) * 4
    for (let i = 0; i < s.length; i++) this.u16[base + i] = s.charCodeAt(i)
    return mkRef(a)
  }

  /// The bigint of a heap int.
  bigOf(v: Value): bigint {
    const a = addrOf(v)
    const n = this.f[a + L.BigInt_.LEN]
    const base = (a + L.BigInt_.SIZE) * 4
    let s = ''
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.u16[base + i])
    return BigInt(s)
  }

  /// Is v an int (small, big or bool)?
  isIntLike(v: Value): boolean {
    return (v & 7) === TAG_INT || v === True || v === False || this.kindOf(v) === Kind.BIGINT
  }

  /// The JS number or bigint of an int-like value (bools are 0/1).
  intValue(v: Value): number | bigint {
    if ((v & 7) === TAG_INT) return v / 8
    if (v === True) return 1
    if (v === False) return 0
    return this.bigOf(v)
  }

  newFloat(x: number): Value {
    const a = this.heap.alloc(Kind.FLOAT, L.Float.SIZE)
    this.f[a + L.Float.VALUE] = x
    return mkRef(a)
  }

  isFloat(v: Value): boolean {
    return this.kindOf(v) === Kind.FLOAT
  }

  floatOf(v: Value): number {
    return this.f[addrOf(v) + L.Float.VALUE]
  }

  // ---------------------------------------------------------------- tuples and lists

  newTuple(items: readonly Value[]): Value {
    const n = items.length
    const a = this.heap.alloc(Kind.TUPLE, L.Tuple.SIZE + n)
    const f = this.f
    f[a + L.Tuple.LEN] = n
    for (let i = 0; i < n; i++) f[a + L.Tuple.SIZE + i] = items[i]
    return mkRef(a)
  }

  tupleItems(v: Value): Value[] {
    const a = addrOf(v)
    const n = this.f[a + L.Tuple.LEN]
    const out = new Array<Value>(n)
    for (let i = 0; i < n; i++) out[i] = this.f[a + L.Tuple.SIZE + i]
    return out
  }

  newList(items: readonly Value[]): Value {
    const n = items.length
    const cap = Math.max(4, n)
    const arr = this.heap.alloc(Kind.ARRAY, 1 + cap)
    const f = this.f
    for (let i = 0; i < n; i++) f[arr + 1 + i] = items[i]
    const a = this.heap.alloc(Kind.LIST, L.List.SIZE)
    f[a + L.List.LEN] = n
    f[a + L.List.ITEMS] = arr
    f[a + L.List.CAP] = cap
    return mkRef(a)
  }

  listItems(v: Value): Value[] {
    const a = addrOf(v)
    const f = this.f
    const n = f[a + L.List.LEN]
    const arr = f[a + L.List.ITEMS]
    const out = new Array<Value>(n)
    for (let i = 0; i < n; i++) out[i] = f[arr + 1 + i]
    return out
  }

  listAppend(list: Value, item: Value): void {
    const a = addrOf(list)
    const f = this.f
    const n = f[a + L.List.LEN]
    if (n === f[a + L.List.CAP]) this.listGrow(a, n + 1)
    f[f[a + L.List.ITEMS] + 1 + n] = item
    f[a + L.List.LEN] = n + 1
  }

  /// Makes room for `need` items.
  listGrow(a: number, need: number): void {
    const f = this.f
    const cap = f[a + L.List.CAP]
    if (need <= cap) return
    const newCap = Math.max(need, cap + (cap >> 1) + 4)
    const old = f[a + L.List.ITEMS]
    const arr = this.heap.alloc(Kind.ARRAY, 1 + newCap)
    f.copyWithin(arr + 1, old + 1, old + 1 + f[a + L.List.LEN])
    f[a + L.List.ITEMS] = arr
    f[a + L.List.CAP] = newCap
    this.heap.free(old)
  }

  // ---------------------------------------------------------------- dicts keyed by str (fast paths)

  /// Looks a JS string key up in a dict whose keys are strs; UNBOUND if absent.
  dictGetStr(dict: number, key: string): Value {
    const f = this.f
    const mask = f[dict + L.Dict.MASK]
    if (f[dict + L.Dict.USED] === 0) return UNBOUND
    let h = 0x811c9dc5
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
    h = h >>> 1
    const idx = f[dict + L.Dict.INDEX] * 2 + 2
    const ent = f[dict + L.Dict.ENTRIES] + 1
    let i = h & mask
    let perturb = h
    for (;;) {
      const ix = this.i32[idx + i]
      if (ix === -1) return UNBOUND
      const e = ent + ix * 3
      if (f[e] === h) {
        const k = f[e + 1]
        if (this.isStr(k) && this.str(k) === key) return f[e + 2]
      }
      perturb = perturb >>> 5
      i = (i * 5 + perturb + 1) & mask
    }
  }

  /// Stores under a str key already known not to need __eq__ (intern table, bootstrap).
  dictSetStrRaw(dict: number, key: Value, value: Value): void {
    this.dictSetHashed(dict, key, this.strHash(key), value, this.strEqBound)
  }

  private readonly strEqBound = (a: Value, b: Value): boolean => this.isStr(a) && this.strEq(a, b)

  /// Bumped whenever a class's namespace changes: method caches check it.
  typeVersion = 0
  /// (class, name) -> attribute, valid while typeVersion is unchanged.
  readonly typeCache = new Map<number, Value>()
  typeCacheVersion = 0

  /// The dict insertion primitive: `eq` decides key equality for equal hashes.
  dictSetHashed(dict: number, key: Value, h: number, value: Value, eq: (a: Value, b: Value) => boolean): void {
    const f = this.f
    if (f[dict + L.Dict.ENTRIES] === 0) this.dictInitTables(dict, 8)
    const mask = f[dict + L.Dict.MASK]
    const idx = f[dict + L.Dict.INDEX] * 2 + 2
    const ent = f[dict + L.Dict.ENTRIES] + 1
    let i = h & mask
    let perturb = h
    for (;;) {
      const ix = this.i32[idx + i]
      if (ix === -1) break
      const e = ent + ix * 3
      if (f[e] === h) {
        const k = f[e + 1]
        if (k === key || (k !== UNBOUND && eq(k, key))) {
          f[e + 2] = value
          return
        }
      }
      perturb = perturb >>> 5
      i = (i * 5 + perturb + 1) & mask
    }
    // new entry
    let n = f[dict + L.Dict.NENTRIES]
    const capEntries = (this.heap.size(f[dict + L.Dict.ENTRIES]) - 1) / 3
    if (n >= capEntries || (n + 1) * 3 > (mask + 1) * 2) {
      this.dictResize(dict)
      this.dictSetHashed(dict, key, h, value, eq)
      return
    }
    const e = f[dict + L.Dict.ENTRIES] + 1 + n * 3
    f[e] = h
    f[e + 1] = key
    f[e + 2] = value
    f[dict + L.Dict.KEYS] += 1
    this.i32[idx + i] = n
    f[dict + L.Dict.NENTRIES] = n + 1
    f[dict + L.Dict.USED] += 1
  }

  /// Allocates empty tables for `size` index slots (a power of two).
  dictInitTables(dict: number, size: number): void {
    const f = this.f
    const index = this.heap.alloc(Kind.ARRAY, 1 + (size >> 1))
    this.i32.fill(-1, index * 2 + 2, index * 2 + 2 + size)
    const entries = this.heap.alloc(Kind.ARRAY, 1 + 3 * Math.max(1, (size * 2) / 3 | 0))
    f[dict + L.Dict.INDEX] = index
    f[dict + L.Dict.ENTRIES] = entries
    f[dict + L.Dict.MASK] = size - 1
    f[dict + L.Dict.NENTRIES] = 0
    f[dict + L.Dict.USED] = 0
    f[dict + L.Dict.KEYS] += 1
  }

  /// Rebuilds the tables, dropping deleted entries, sized for the live ones.
  dictResize(dict: number): void {
    const f = this.f
    const used = f[dict + L.Dict.USED]
    const oldEnt = f[dict + L.Dict.ENTRIES]
    const oldIdx = f[dict + L.Dict.INDEX]
    const n = f[dict + L.Dict.NENTRIES]
    let size = 8
    while (size * 2 < used * 3 + 6) size *= 2
    size *= 2
    this.dictInitTables(dict, size)
    const mask = size - 1
    const idx = f[dict + L.Dict.INDEX] * 2 + 2
    const ent = f[dict + L.Dict.ENTRIES] + 1
    let m = 0
    for (let j = 0; j < n; j++) {
      const e = oldEnt + 1 + j * 3
      const k = f[e + 1]
      if (k === UNBOUND) continue
      const h = f[e]
      const d = ent + m * 3
      f[d] = h
      f[d + 1] = k
      f[d + 2] = f[e + 2]
      let i = h & mask
      let perturb = h
      while (this.i32[idx + i] !== -1) {
        perturb = perturb >>> 5
        i = (i * 5 + perturb + 1) & mask
      }
      this.i32[idx + i] = m
      m++
    }
    f[dict + L.Dict.NENTRIES] = m
    f[dict + L.Dict.USED] = m
    if (oldEnt) this.heap.free(oldEnt)
    if (oldIdx) this.heap.free(oldIdx)
  }

  newDictAddr(): number {
    return this.heap.alloc(Kind.DICT, L.Dict.SIZE)
  }

  // ---------------------------------------------------------------- natives

  /// Registers a builtin function; every worker registers the same natives in
  /// the same order, so the value is the same everywhere.
  native(name: string, fn: NativeFn, qualname = name): Value {
    this.natives.push({ name, fn, qualname })
    return mkNative(this.natives.length - 1)
  }

  nativeOf(v: Value): Native {
    return this.natives[nativeIndex(v)]
  }

  /// The constructor native of a builtin class, or UNBOUND for classes
  /// whose instances the interpreter makes itself (user classes, exceptions).
  constructorOf(cls: number): Value {
    return this.constructors.get(cls) ?? UNBOUND
  }

  /// Escapes non-ASCII characters as ascii() does.
  ascii(s: string): string {
    let out = ''
    for (const ch of s) {
      const c = ch.codePointAt(0)!
      if (c < 0x80) out += ch
      else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0')
      else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0')
      else out += '\\U' + c.toString(16).padStart(8, '0')
    }
    return out
  }

  // ---------------------------------------------------------------- errors

  /// A new exception instance of builtin class `t` with message args.
  newException(t: T | number, args: readonly Value[], isClassAddr = false): Value {
    const cls = isClassAddr ? (t as number) : this.types[t as T]
    const a = this.heap.alloc(Kind.EXCEPTION, L.Exc.SIZE)
    const f = this.f
    f[a + L.Exc.CLASS] = mkRef(cls)
    f[a + L.Exc.DICT] = None
    f[a + L.Exc.ARGS] = this.newTuple(args)
    f[a + L.Exc.TB] = None
    f[a + L.Exc.CAUSE] = None
    f[a + L.Exc.CONTEXT] = None
    f[a + L.Exc.SUPPRESS] = False
    f[a + L.Exc.SUGGEST] = None
    return mkRef(a)
  }

  /// A JS throwable carrying a new `t(message)`.
  error(t: T, message?: string): PyError {
    return new PyError(this.newException(t, message === undefined ? [] : [this.newStr(message)]))
  }

  typeError(message: string): PyError {
    return this.error(T.TypeError, message)
  }
}

/// The builtin class of each iterator subtype (IterType order).
const ITER_TYPES: readonly T[] = [
  T.list_iterator, T.tuple_iterator, T.range_iterator, T.str_iterator, T.dict_keyiterator,
  T.dict_valueiterator, T.dict_itemiterator, T.set_iterator, T.enumerate, T.zip,
  T.list_reverseiterator, T.reversed, T.callable_iterator, T.map, T.filter, T.str_iterator,
  T.dict_keys, T.dict_values, T.dict_items,
]

export { TYPE_SPECS }
