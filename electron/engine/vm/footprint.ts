/// Footprints: what each instruction reads and writes in shared memory, for
/// the inspector (partial-order reduction needs to know which steps of two
/// threads commute) and the race detector (conflicting accesses that no
/// synchronization orders). Off unless `Interp.tracker` is set; then the
/// interpreter calls `Tracker.op` before every instruction it runs.
///
/// Keys name what was touched: `g<dict>:<name>` a global, `a<obj>:<name>` an
/// attribute, `A:<name>` any class attribute of that name, `i<obj>` the
/// contents of a container or of any object a native may change, `c<cell>` a
/// closure cell, `$…` a piece of the world (output, the random generator,
/// the kitchen's stations). The keys over-approximate: a false conflict only
/// costs exploration, a missed one would hide interleavings.

import { Op } from '../compile/chunk.ts'
import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { type Value, TAG_REF, TAG_NATIVE, TAG_INT, addrOf, NULL, nativeIndex } from './value.ts'
import { type CodeInfo } from './code.ts'

/// How an access counts: `data` is a read or write of a Python variable in
/// the program (races are reported on these), `sync` is the kitchen's own
/// synchronization (locks and the library built on them: it orders threads,
/// happens-before), `atomic` is a whole operation on a builtin object (a
/// `list.append`): it conflicts, but neither races nor orders.
export const enum AccessKind { DATA = 0, SYNC = 1, ATOMIC = 2 }

export class AccessLog {
  readonly keys: string[] = []
  readonly writes: boolean[] = []
  readonly kinds: AccessKind[] = []
  readonly lines: number[] = []
  /// For data accesses: the variable as the learner wrote it (`count`, `self.balance`).
  readonly names: (string | null)[] = []

  get length(): number {
    return this.keys.length
  }

  /// Hears every data access as it happens (the `accesses` trace option).
  onData: ((write: boolean, variable: string, line: number) => void) | null = null

  push(key: string, write: boolean, kind: AccessKind, line: number, name: string | null): void {
    if (kind === AccessKind.DATA && this.onData !== null) this.onData(write, name ?? key, line)
    this.keys.push(key)
    this.writes.push(write)
    this.kinds.push(kind)
    this.lines.push(line)
    this.names.push(name)
  }

  truncate(n: number): void {
    this.keys.length = n
    this.writes.length = n
    this.kinds.length = n
    this.lines.length = n
    this.names.length = n
  }
}

const SYNC_LIBRARY = new Set(['threading.py', 'queue.py'])

/// Kinds of heap objects that never change once made: touching them is not
/// an access to shared state.
function immutable(k: Kind): boolean {
  return k === Kind.STR || k === Kind.BIGINT || k === Kind.FLOAT || k === Kind.TUPLE || k === Kind.FROZENSET ||
    k === Kind.RANGE || k === Kind.SLICE || k === Kind.FUNCTION || k === Kind.FRAME
}

export class Tracker {
  readonly log = new AccessLog()
  /// Log length before the instruction now running: if the thread gives up
  /// the GIL before that instruction executes, its accesses are dropped.
  opStart = 0
  /// User lines run, in order, with the log length at each (for reports).
  readonly lineAt: number[] = []
  readonly lineLog: number[] = []
  private lastLine = 0
  /// Keys and names made once per (object, name): a schedule repeats them
  /// thousands of times, and building the strings each time fed the GC.
  private readonly keyCache = new Map<number, Map<string, string>>()
  private readonly shownCache = new Map<number, Map<string, string>>()
  private lastInfo: CodeInfo | null = null

  private key(prefix: number, a: number, name: string): string {
    // prefix: 0 global, 1 attribute
    const id = a * 2 + prefix
    let m = this.keyCache.get(id)
    if (m === undefined) this.keyCache.set(id, (m = new Map()))
    let k = m.get(name)
    if (k === undefined) m.set(name, (k = `${prefix === 0 ? 'g' : 'a'}${a}:${name}`))
    return k
  }

  private shown(a: number, name: string, isClass: boolean): string {
    const cls = isClass ? a : this.rt.typeOf(a * 8 + 1)
    const id = cls * 2 + (isClass ? 1 : 0)
    let m = this.shownCache.get(id)
    if (m === undefined) this.shownCache.set(id, (m = new Map()))
    let k = m.get(name)
    if (k === undefined) m.set(name, (k = `${this.rt.className(cls)}.${name}`))
    return k
  }

  /// Whether the instruction now running is the kitchen's threading or queue
  /// library: what it touches is synchronization. (Other library code, such
  /// as `sys.stdout`, is not: printing does not order threads.)
  private internal = false

  /// `output`: whether output order matters (a level checks printed lines).
  constructor(private readonly rt: Runtime, private readonly output: boolean) {}

  private mutable(v: Value): number {
    if ((v & 7) !== TAG_REF) return 0
    const a = addrOf(v)
    return immutable(this.rt.heap.kind(a)) ? 0 : a
  }

  private typeName(a: number): string {
    return this.rt.className(this.rt.typeOf(a * 8 + 1))
  }

  /// Called before instruction `op` at word `ip` of `info`, stack top at `sp`.
  op(op: number, arg: number, sp: number, fr: number, ip: number, info: CodeInfo): void {
    const f = this.rt.f
    const log = this.log
    this.opStart = log.length
    const user = !info.internal
    if (info !== this.lastInfo) {
      this.lastInfo = info
      this.internal = info.internal && SYNC_LIBRARY.has(info.code.filename)
    }
    const line = user ? info.code.lines[ip >> 1] : 0
    if (user && line !== this.lastLine) {
      this.lastLine = line
      this.lineAt.push(log.length)
      this.lineLog.push(line)
    }
    const data = user ? AccessKind.DATA : this.internal ? AccessKind.SYNC : AccessKind.ATOMIC
    switch (op) {
      case Op.LOAD_GLOBAL: case Op.LOAD_NAME: case Op.STORE_GLOBAL: case Op.STORE_NAME:
      case Op.DELETE_GLOBAL: case Op.DELETE_NAME: {
        // a class body's names live in its own namespace, not shared yet
        if ((op === Op.LOAD_NAME || op === Op.STORE_NAME || op === Op.DELETE_NAME) && f[fr + L.Frame.LOCALS] !== f[fr + L.Frame.GLOBALS]) return
        const name = info.code.names[arg]
        const write = op !== Op.LOAD_GLOBAL && op !== Op.LOAD_NAME
        log.push(this.key(0, f[fr + L.Frame.GLOBALS], name), write, data, line, name)
        return
      }
      case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.DELETE_DEREF: case Op.LOAD_CLASSDEREF: {
        const cell = addrOf(f[fr + info.cellsOff + arg])
        const name = info.code.cellvars[arg] ?? info.code.freevars[arg - info.code.cellvars.length]
        log.push(`c${cell}`, op === Op.STORE_DEREF || op === Op.DELETE_DEREF, data, line, name)
        return
      }
      case Op.LOAD_ATTR: case Op.LOAD_METHOD: case Op.STORE_ATTR: case Op.DELETE_ATTR: {
        const a = this.mutable(f[sp - 1])
        if (a === 0) return
        const name = info.code.names[arg]
        const write = op === Op.STORE_ATTR || op === Op.DELETE_ATTR
        const kind = this.rt.heap.kind(a)
        if (kind === Kind.MODULE && !write) return
        const shown = data === AccessKind.DATA ? this.shown(a, name, kind === Kind.CLASS) : null
        log.push(this.key(1, a, name), write, kind === Kind.LOCK ? AccessKind.SYNC : data, line, shown)
        // a class attribute read through an instance, or written on the class
        if (kind === Kind.CLASS ? write : !write) log.push(`A:${name}`, write, this.internal ? AccessKind.SYNC : AccessKind.ATOMIC, line, null)
        return
      }
      case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR: case Op.DELETE_SUBSCR: {
        const a = this.mutable(f[sp - 2])
        if (a === 0) return
        const write = op !== Op.BINARY_SUBSCR
        const item = this.itemKey(a, f[sp - 1], op === Op.DELETE_SUBSCR)
        if (item === null) {
          log.push(`i${a}`, write, data, line, data === AccessKind.DATA ? `${this.typeName(a)} item` : null)
          return
        }
        // one item: commutes with other items; reads the container, so it
        // conflicts with whole-container changes (natives write `i<a>`)
        log.push(`i${a}[${item}]`, write, data, line, data === AccessKind.DATA ? `${this.typeName(a)}[${item}]` : null)
        log.push(`i${a}`, false, AccessKind.ATOMIC, line, null)
        return
      }
      case Op.INPLACE_OP: {
        const a = this.mutable(f[sp - 2])
        if (a !== 0) log.push(`i${a}`, true, this.internal ? AccessKind.SYNC : AccessKind.ATOMIC, line, null)
        this.touch(f[sp - 1], false)
        return
      }
      case Op.BINARY_OP: case Op.COMPARE_OP: case Op.CONTAINS_OP:
        this.touch(f[sp - 2], false)
        this.touch(f[sp - 1], false)
        return
      case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      case Op.GET_ITER: case Op.UNPACK_SEQUENCE: case Op.UNPACK_EX: case Op.FORMAT_VALUE:
      case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE:
        this.touch(f[sp - 1], false)
        return
      case Op.FOR_ITER: {
        const it = this.mutable(f[sp - 1])
        if (it === 0) return
        log.push(`i${it}`, true, this.internal ? AccessKind.SYNC : AccessKind.ATOMIC, line, null)
        if (this.rt.heap.kind(it) === Kind.ITER) this.touch(f[it + L.Iter.A], false)
        return
      }
      case Op.CALL_FUNCTION: case Op.CALL_METHOD: case Op.CALL_FUNCTION_KW: case Op.CALL_METHOD_KW: case Op.CALL_FUNCTION_EX:
        this.call(op, arg, sp, line)
        return
      case Op.BEFORE_WITH: {
        // a lock's __enter__ is a native: it acquires
        const mgr = this.mutable(f[sp - 1])
        if (mgr !== 0 && this.rt.heap.kind(mgr) === Kind.LOCK) this.touch(f[sp - 1], true)
        return
      }
      case Op.WITH_EXCEPT_START: {
        const exit = this.mutable(f[sp - 3])
        if (exit !== 0 && this.rt.heap.kind(exit) === Kind.BOUND_METHOD) this.touch(f[exit + L.Method.SELF], true)
        return
      }
    }
  }

  /// A native (or a builtin class) may read and change any mutable argument:
  /// count it as a write to each. A Python function's own instructions
  /// speak for themselves.
  private call(op: number, arg: number, sp: number, line: number): void {
    const f = this.rt.f
    let base: number
    let top = sp
    if (op === Op.CALL_FUNCTION_EX) base = sp - (arg & 1 ? 3 : 2)
    else {
      if (op === Op.CALL_FUNCTION_KW || op === Op.CALL_METHOD_KW) top = sp - 1
      base = op === Op.CALL_METHOD || op === Op.CALL_METHOD_KW ? top - arg - 2 : top - arg - 1
    }
    let fn = f[base]
    let first = base + 1
    if (fn === NULL) { fn = f[base + 1]; first = base + 2 }
    if ((fn & 7) === TAG_REF) {
      const a = addrOf(fn)
      const k = this.rt.heap.kind(a)
      if (k === Kind.FUNCTION) return
      if (k === Kind.BOUND_METHOD) {
        const inner = f[a + L.Method.FUNC]
        if ((inner & 7) === TAG_REF && this.rt.heap.kind(addrOf(inner)) === Kind.FUNCTION) return
        this.touch(f[a + L.Method.SELF], true)
        fn = inner
      }
    }
    if ((fn & 7) === TAG_NATIVE) this.world(this.rt.natives[nativeIndex(fn)]?.qualname ?? '', line)
    for (let i = first; i < top; i++) {
      const v = f[i]
      if (op === Op.CALL_FUNCTION_EX && (v & 7) === TAG_REF && this.rt.heap.kind(addrOf(v)) === Kind.TUPLE) {
        for (const item of this.rt.tupleItems(v)) this.touch(item, true)
      } else this.touch(v, true)
    }
  }

  /// Natives whose effect reaches past their arguments.
  private world(qualname: string, line: number): void {
    const kind = this.internal ? AccessKind.SYNC : AccessKind.ATOMIC
    if (qualname.startsWith('random.')) this.log.push('$random', true, kind, line, null)
    else if (qualname.startsWith('kitchen.')) this.log.push('$kitchen', true, kind, line, null)
    else if (this.output && (qualname === 'print' || qualname === 'write' || qualname === '_kitchen.write')) this.log.push('$stdout', true, kind, line, null)
  }

  /// The key of one item of container a (an int or str subscript of a dict,
  /// or an int index of a list that does not shift the others), or null.
  private itemKey(a: number, key: Value, del: boolean): string | null {
    const kind = this.rt.heap.kind(a)
    if (kind === Kind.DICT) {
      if ((key & 7) === TAG_INT) return String(key / 8)
      if (this.rt.isStr(key)) return JSON.stringify(this.rt.str(key))
      return null
    }
    if (kind === Kind.LIST && !del && (key & 7) === TAG_INT) {
      // a negative index names an item by the list's length: whole list
      return key >= 0 ? String(key / 8) : null
    }
    return null
  }

  private touch(v: Value, write: boolean): void {
    const a = this.mutable(v)
    if (a === 0) return
    const kind = this.rt.heap.kind(a)
    // a class's or module's contents change only through attribute writes
    if (kind === Kind.CLASS || kind === Kind.MODULE) return
    this.log.push(`i${a}`, write, kind === Kind.LOCK || this.internal ? AccessKind.SYNC : AccessKind.ATOMIC, 0, null)
  }
}
