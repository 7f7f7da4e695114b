/// The step interpreter. A thread's whole state is in the heap (frames with
/// their locals, operand stacks and block stacks), so `run` can stop at any
/// switch point and any worker can go on from there. Python calls push
/// frames (no JS recursion); only calls made from native code (dunders,
/// key functions, class bodies, generators) nest a JS-level `execute`.

import { Op, CodeFlags, BinaryOp } from '../compile/chunk.ts'
import { Kind, Root } from './heap.ts'
import * as L from './layout.ts'
import { Frame, FrameAction, Thread } from './layout.ts'
import { type Runtime, PyError, BLOCKED, type Kwargs } from './runtime.ts'
import { T } from './types.ts'
import {
  type Value, None, True, False, UNBOUND, NULL, TAG_INT, TAG_REF, TAG_NATIVE,
  addrOf, mkRef, mkInt, bool, nativeIndex,
} from './value.ts'
import { type CodeInfo } from './code.ts'
import { dictGetName, dictSetName, dictDel, dictSet, newDict, newSet, setAdd, dictEach, dictGet, dictEntryOfName, dictNames } from './dict.ts'
import { truthy, richCompare, repr, str, lookupType, pyEq } from './protocol.ts'
import { getAttr, setAttr, delAttr, loadMethod, newBoundMethod } from './attrs.ts'
import { getItem, setItem, delItem, contains } from './items.ts'
import { iter, next, toArray } from './iter.ts'
import { binaryOp, smallIntOp, unaryOp } from './arith.ts'
import { bindArguments } from './call.ts'
import { makeClass } from './classes.ts'
import { formatValue } from './strops.ts'
import { type Tracker } from './footprint.ts'
import { suggestName } from './suggest.ts'

/// Why `run` returned.
export const enum Status {
  /// The thread's time slice ended at a switch point.
  SWITCH,
  /// The thread waits (lock, sleep); it re-runs the same call when woken.
  BLOCKED,
  /// The thread's bottom frame returned.
  DONE,
  /// An exception left the thread's bottom frame (`interp.uncaught`).
  UNCAUGHT,
}

/// Ends the whole run at once (step limit, memory, host cancel).
export class KitchenStop {
  constructor(readonly message: string, readonly exitCode: number) {}
}

/// What the interpreter needs from the scheduler and the host.
export interface InterpHost {
  /// Imports a module by name (may compile and run Python code).
  importModule(name: string): Value
  /// Called at a switch point once the budget is spent; true to end the slice.
  onSwitchPoint(): boolean
  /// Runs the collector (at a safe point) and sets the next `gcAt`.
  collectGarbage(): void
  readonly maxSteps: number
  /// 'language': also switch before any read or write of shared state (a
  /// global, an attribute, an item, a cell), where Python the language
  /// promises no atomicity; 'cpython': only where CPython 3.11 switches.
  readonly switchPoints: 'cpython' | 'language'
}

const RECURSION_LIMIT = 1000
const NESTING_LIMIT = 150

export class Interp {
  /// The THREAD object being run.
  thread = 0
  /// Switch points left in this slice.
  budget = 1 << 30
  /// Switch points passed in total (the step count).
  steps = 0
  /// >0 while running a nested call from native code: no switching there.
  nest = 0
  uncaught: Value = None
  /// Records what each instruction touches (the inspector); null in plain runs.
  tracker: Tracker | null = null
  private readonly methodOut: Value[] = [0, 0]
  private retval: Value = None
  private yielded = false

  constructor(readonly rt: Runtime, readonly infos: CodeInfo[], readonly host: InterpHost) {
    rt.call = (fn, args, kw) => this.callNested(fn, args, kw)
    rt.resume = (gen, sent) => this.resumeGenerator(gen, sent)
  }

  info(codeId: number): CodeInfo {
    return this.infos[codeId]
  }

  // ------------------------------------------------------------------ frames

  /// A new frame for `info` whose caller is `prev`.
  newFrame(info: CodeInfo, globals: number, locals: number, func: Value, prev: number): number {
    const rt = this.rt
    // every slot a frame reads is set here or before it is read (the stack, the blocks)
    const fr = rt.heap.allocRaw(Kind.FRAME, info.frameSize)
    const f = rt.f
    f[fr + Frame.CODE] = info.id
    f[fr + Frame.PREV] = prev
    f[fr + Frame.IP] = 0
    f[fr + Frame.SP] = fr + info.stackOff
    f[fr + Frame.NBLOCKS] = 0
    f[fr + Frame.GLOBALS] = globals
    f[fr + Frame.LOCALS] = locals
    f[fr + Frame.FUNC] = func
    f[fr + Frame.ACTION] = FrameAction.NORMAL
    f[fr + Frame.LINE] = info.code.firstLine
    f[fr + Frame.ACTION_ARG] = 0
    f[fr + Frame.GEN] = 0
    const lo = fr + info.localsOff
    f.fill(UNBOUND, lo, lo + info.nlocals)
    const c0 = fr + info.cellsOff
    for (let i = 0; i < info.ncells; i++) {
      const cell = rt.heap.alloc(Kind.CELL, L.Cell.SIZE)
      f[cell + L.Cell.VALUE] = UNBOUND
      f[c0 + i] = mkRef(cell)
    }
    if (info.nfree > 0) {
      const closure = addrOf(f[addrOf(func) + L.Func.CLOSURE])
      for (let i = 0; i < info.nfree; i++) f[c0 + info.ncells + i] = f[closure + L.Tuple.SIZE + i]
    }
    return fr
  }

  /// After binding arguments: parameters that are also cells move into them.
  private initCells(fr: number, info: CodeInfo): void {
    const c2a = info.code.cell2arg
    if (c2a.length === 0) return
    const f = this.rt.f
    for (let i = 0; i < c2a.length; i++) {
      if (c2a[i] >= 0) f[addrOf(f[fr + info.cellsOff + i]) + L.Cell.VALUE] = f[fr + info.localsOff + c2a[i]]
    }
  }

  /// A frame ready to run `fn(*args, **kw)` (fn a FUNCTION value), or a
  /// generator object if fn is a generator function.
  callFrame(fn: Value, args: Value[], kw: Kwargs | null, prev: number): number {
    const rt = this.rt
    const f = rt.f
    const fa = addrOf(fn)
    const info = this.info(f[fa + L.Func.CODE])
    const depth = f[this.thread + Thread.DEPTH] + 1
    if (depth > RECURSION_LIMIT) throw rt.error(T.RecursionError, 'maximum recursion depth exceeded')
    const fr = this.newFrame(info, f[fa + L.Func.GLOBALS], 0, fn, prev)
    try {
      bindArguments(rt, info, fa, fr + info.localsOff, args, kw)
    } catch (e) {
      rt.heap.free(fr)
      throw e
    }
    this.initCells(fr, info)
    if (info.code.flags & CodeFlags.GENERATOR) {
      this.newGen = this.newGenerator(fr, info)
      return 0
    }
    f[this.thread + Thread.DEPTH] = depth
    return fr
  }

  private newGenerator(fr: number, info: CodeInfo): Value {
    const g = this.rt.heap.alloc(Kind.GENERATOR, L.Gen.SIZE)
    const f = this.rt.f
    f[g + L.Gen.FRAME] = fr
    f[g + L.Gen.STATE] = L.GenState.CREATED
    f[g + L.Gen.NAME] = info.name
    f[g + L.Gen.QUALNAME] = info.qualname
    f[fr + Frame.ACTION] = FrameAction.GENERATOR
    f[fr + Frame.GEN] = mkRef(g)
    return mkRef(g)
  }

  /// The thread's current innermost frame.
  currentFrame(): number {
    return this.rt.f[this.thread + Thread.FRAME]
  }

  /// The line being run in frame fr.
  frameLine(fr: number): number {
    const f = this.rt.f
    const info = this.info(f[fr + Frame.CODE])
    const ip = f[fr + Frame.IP]
    return info.code.lines[Math.max(0, ip - 2) >> 1] ?? info.code.firstLine
  }

  /// The innermost frame of user code (not the kitchen's library) and its line.
  userLocation(): { frame: number; line: number; code: CodeInfo | null } {
    const f = this.rt.f
    for (let fr = this.currentFrame(); fr !== 0; fr = f[fr + Frame.PREV]) {
      const info = this.info(f[fr + Frame.CODE])
      if (!info.internal) return { frame: fr, line: this.frameLine(fr), code: info }
    }
    return { frame: 0, line: 0, code: null }
  }

  // ------------------------------------------------------------------ calls from native code

  /// Calls any callable from JS, running Python code to completion in a
  /// nested loop. No thread switch happens inside.
  callNested(fn: Value, args: Value[], kw: Kwargs | null): Value {
    const rt = this.rt
    const t = fn & 7
    if (t === TAG_NATIVE) {
      const r = rt.natives[nativeIndex(fn)].fn(rt, args, kw)
      if (r === BLOCKED) throw this.blockedInNested()
      return r
    }
    if (t === TAG_REF) {
      const a = addrOf(fn)
      switch (rt.heap.kind(a)) {
        case Kind.FUNCTION: {
          const fr = this.callFrame(fn, args, kw, this.currentFrame())
          if (fr === 0) return this.newGen
          return this.runNested(fr)
        }
        case Kind.BOUND_METHOD:
          return this.callNested(rt.f[a + L.Method.FUNC], [rt.f[a + L.Method.SELF], ...args], kw)
        case Kind.CLASS:
          return this.instantiate(a, args, kw, true)
      }
      const m = lookupType(rt, rt.typeOf(fn), rt.intern('__call__'))
      if (m !== UNBOUND) return this.callNested(m, [fn, ...args], kw)
    }
    throw rt.typeError(`'${rt.typeName(fn)}' object is not callable`)
  }

  private blockedInNested(): PyError {
    return this.rt.error(T.RuntimeError, 'the kitchen cannot wait (lock, sleep, join) inside a function called by a builtin (__repr__, __eq__, a sort key, a generator); move the wait out of it')
  }

  /// Runs a frame made with newFrame (a class body) to completion.
  runNestedFrame(fr: number): Value {
    this.rt.f[this.thread + Thread.DEPTH] += 1
    return this.runNested(fr)
  }

  /// Runs frame fr (already set up, its caller being the current frame) until it returns.
  private runNested(fr: number): Value {
    const rt = this.rt
    const f = rt.f
    if (this.nest >= NESTING_LIMIT) {
      rt.heap.free(fr)
      throw rt.error(T.RecursionError, 'maximum recursion depth exceeded')
    }
    if (f[fr + Frame.ACTION] === FrameAction.NORMAL) f[fr + Frame.ACTION] = FrameAction.STOP
    const saved = f[this.thread + Thread.FRAME]
    f[this.thread + Thread.FRAME] = fr
    this.nest++
    try {
      const st = this.execute()
      if (st === Status.BLOCKED) throw this.blockedInNested()
      return this.retval
    } finally {
      this.nest--
      f[this.thread + Thread.FRAME] = saved
    }
  }

  /// Resumes a generator; its yielded value, or UNBOUND once it returns.
  resumeGenerator(gen: Value, sent: Value): Value {
    const rt = this.rt
    const f = rt.f
    const g = addrOf(gen)
    const state = f[g + L.Gen.STATE]
    if (state === L.GenState.DONE) return UNBOUND
    if (state === L.GenState.RUNNING) throw rt.error(T.ValueError, 'generator already executing')
    const fr = f[g + L.Gen.FRAME]
    if (state === L.GenState.SUSPENDED) {
      const sp = f[fr + Frame.SP]
      f[sp] = sent
      f[fr + Frame.SP] = sp + 1
    } else if (sent !== None) {
      throw rt.typeError("can't send non-None value to a just-started generator")
    }
    f[fr + Frame.PREV] = this.currentFrame()
    f[g + L.Gen.STATE] = L.GenState.RUNNING
    const saved = f[this.thread + Thread.FRAME]
    f[this.thread + Thread.FRAME] = fr
    this.nest++
    this.yielded = false
    try {
      const st = this.execute()
      if (st === Status.BLOCKED) throw this.blockedInNested()
      if (this.yielded) {
        this.yielded = false
        f[g + L.Gen.STATE] = L.GenState.SUSPENDED
        return this.retval
      }
      f[g + L.Gen.STATE] = L.GenState.DONE
      return UNBOUND
    } catch (e) {
      f[g + L.Gen.STATE] = L.GenState.DONE
      throw e
    } finally {
      this.nest--
      f[this.thread + Thread.FRAME] = saved
    }
  }

  /// cls(*args, **kw) for a class object at address cls. With `nested`, any
  /// __init__ runs to completion here; otherwise a frame may be returned.
  instantiate(cls: number, args: Value[], kw: Kwargs | null, nested: boolean): Value {
    const rt = this.rt
    const f = rt.f
    const ctor = rt.constructorOf(cls)
    if (ctor !== UNBOUND) return rt.natives[nativeIndex(ctor)].fn(rt, [mkRef(cls), ...args], kw)
    const isExc = (f[cls + L.Class.FLAGS] & L.ClassFlags.EXCEPTION) !== 0
    let obj: Value
    if (isExc) {
      obj = rt.newException(cls, args, true)
    } else {
      const a = rt.heap.alloc(Kind.INSTANCE, L.Instance.SIZE)
      f[a + L.Instance.CLASS] = mkRef(cls)
      f[a + L.Instance.DICT] = None
      obj = mkRef(a)
    }
    const init = lookupType(rt, cls, rt.intern('__init__'))
    if (init === UNBOUND || rt.kindOf(init) !== Kind.FUNCTION) {
      if (!isExc && init === UNBOUND && (args.length > 0 || (kw && kw.names.length > 0))) {
        throw rt.typeError(`${rt.className(cls)}() takes no arguments`)
      }
      if (init !== UNBOUND && (init & 7) === TAG_NATIVE) rt.natives[nativeIndex(init)].fn(rt, [obj, ...args], kw)
      return obj
    }
    if (nested) {
      const r = this.callNested(init, [obj, ...args], kw)
      if (r !== None) throw rt.typeError(`__init__() should return None, not '${rt.typeName(r)}'`)
      return obj
    }
    const fr = this.callFrame(init, [obj, ...args], kw, this.currentFrame())
    f[fr + Frame.ACTION] = FrameAction.INIT
    f[fr + Frame.ACTION_ARG] = obj
    this.pushedFrame = fr
    return obj
  }

  // ------------------------------------------------------------------ exceptions

  /// Records where exc passes through frame fr in its traceback.
  private addTraceback(exc: Value, fr: number, line: number): void {
    const rt = this.rt
    const f = rt.f
    const ea = addrOf(exc)
    if (rt.heap.kind(ea) !== Kind.EXCEPTION) return
    let tb = f[ea + L.Exc.TB]
    if (tb === None) {
      tb = rt.newList([])
      f[ea + L.Exc.TB] = tb
    }
    rt.listAppend(tb, mkInt(f[fr + Frame.CODE]))
    rt.listAppend(tb, mkInt(line))
  }

  /// Turns `raise X` operands into an exception instance.
  normalizeException(v: Value): Value {
    const rt = this.rt
    if (rt.kindOf(v) === Kind.CLASS) {
      const cls = addrOf(v)
      if (!(rt.f[cls + L.Class.FLAGS] & L.ClassFlags.EXCEPTION)) throw rt.typeError('exceptions must derive from BaseException')
      return this.instantiate(cls, [], null, true)
    }
    if (rt.kindOf(v) !== Kind.EXCEPTION) throw rt.typeError('exceptions must derive from BaseException')
    return v
  }

  // ------------------------------------------------------------------ the loop

  /// Runs the current thread from its current frame until the slice ends,
  /// it blocks, or it finishes. Nested calls return when their STOP frame returns.
  execute(): Status {
    const rt = this.rt
    const f = rt.f
    const infos = this.infos
    const thread = this.thread
    const mo = this.methodOut
    const builtins = addrOf(f[Root.BUILTINS])
    const maxSteps = this.host.maxSteps
    const languagePoints = this.host.switchPoints === 'language'
    const tracker = this.tracker
    let fr = f[thread + Thread.FRAME]
    let info = infos[f[fr + Frame.CODE]]
    let ops = info.ops
    let ip = f[fr + Frame.IP]
    let sp = f[fr + Frame.SP]
    let locals = fr + info.localsOff
    let cells = fr + info.cellsOff
    let consts = info.consts
    let names = info.names

    outer: for (;;) {
      // (re)load the running frame: after calls, returns and handlers
      fr = f[thread + Thread.FRAME]; info = infos[f[fr + Frame.CODE]]; ops = info.ops; ip = f[fr + Frame.IP]; sp = f[fr + Frame.SP]; locals = fr + info.localsOff; cells = fr + info.cellsOff; consts = info.consts; names = info.names
      try {
        for (;;) {
          const op = ops[ip]
          const arg = ops[ip + 1]
          if (tracker !== null) tracker.op(op, arg, sp, fr, ip, info)
          ip += 2
          switch (op) {
            case Op.RESUME:
            case Op.JUMP_BACKWARD: {
              if (op === Op.JUMP_BACKWARD) ip = arg
              if (++this.steps > maxSteps) {
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                throw new KitchenStop(`KitchenError: the program ran more than ${maxSteps} steps (raise the limit with --max-steps)`, 1)
              }
              if (f[Root.ALLOCATED] > this.gcAt && this.nest === 0) {
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                this.host.collectGarbage()
              }
              if (--this.budget <= 0 && this.nest === 0 && !info.internal) {
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                if (this.host.onSwitchPoint()) return Status.SWITCH
              }
              break
            }
            case Op.NOP: break
            case Op.POP_TOP: sp--; break
            case Op.DUP_TOP: f[sp] = f[sp - 1]; sp++; break
            case Op.DUP_TOP_TWO: f[sp] = f[sp - 2]; f[sp + 1] = f[sp - 1]; sp += 2; break
            case Op.ROT_TWO: { const t = f[sp - 1]; f[sp - 1] = f[sp - 2]; f[sp - 2] = t; break }
            case Op.ROT_THREE: { const t = f[sp - 1]; f[sp - 1] = f[sp - 2]; f[sp - 2] = f[sp - 3]; f[sp - 3] = t; break }
            case Op.ROT_FOUR: { const t = f[sp - 1]; f[sp - 1] = f[sp - 2]; f[sp - 2] = f[sp - 3]; f[sp - 3] = f[sp - 4]; f[sp - 4] = t; break }
            case Op.LOAD_CONST: f[sp++] = consts[arg]; break
            case Op.PUSH_NULL: f[sp++] = NULL; break

            case Op.LOAD_FAST: {
              const v = f[locals + arg]
              if (v === UNBOUND) throw rt.error(T.UnboundLocalError, `cannot access local variable '${info.code.varnames[arg]}' where it is not associated with a value`)
              f[sp++] = v
              break
            }
            case Op.STORE_FAST: f[locals + arg] = f[--sp]; break
            case Op.DELETE_FAST:
              if (f[locals + arg] === UNBOUND) throw rt.error(T.UnboundLocalError, `cannot access local variable '${info.code.varnames[arg]}' where it is not associated with a value`)
              f[locals + arg] = UNBOUND
              break
            case Op.LOAD_DEREF: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const v = f[addrOf(f[cells + arg]) + L.Cell.VALUE]
              if (v === UNBOUND) throw this.derefError(info, arg)
              f[sp++] = v
              break
            }
            case Op.STORE_DEREF: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH; f[addrOf(f[cells + arg]) + L.Cell.VALUE] = f[--sp]; break
            case Op.DELETE_DEREF: f[addrOf(f[cells + arg]) + L.Cell.VALUE] = UNBOUND; break
            case Op.LOAD_CLOSURE: f[sp++] = f[cells + arg]; break
            case Op.LOAD_CLASSDEREF: {
              const ns = f[fr + Frame.LOCALS]
              const name = info.code.freevars[arg - info.ncells] ?? info.code.cellvars[arg]
              const v = ns ? dictGetName(rt, ns, rt.intern(name)) : UNBOUND
              if (v !== UNBOUND) { f[sp++] = v; break }
              const c = f[addrOf(f[cells + arg]) + L.Cell.VALUE]
              if (c === UNBOUND) throw this.derefError(info, arg)
              f[sp++] = c
              break
            }
            case Op.LOAD_GLOBAL: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const g = f[fr + Frame.GLOBALS]
              const c = info.gcache
              const v = c.dict[arg] === g && c.keys[arg] === f[g + L.Dict.KEYS] && c.bkeys[arg] === f[builtins + L.Dict.KEYS]
                ? f[c.entry[arg] + 2]
                : this.globalLookup(info, arg, g)
              if (v === UNBOUND) throw this.nameError(info, arg, f[fr + Frame.GLOBALS])
              f[sp++] = v
              break
            }
            case Op.STORE_GLOBAL: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH; this.globalStore(info, arg, f[fr + Frame.GLOBALS], f[--sp]); break
            case Op.DELETE_GLOBAL: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;               if (dictDel(rt, f[fr + Frame.GLOBALS], names[arg]) === UNBOUND) throw rt.error(T.NameError, `name '${rt.str(names[arg])}' is not defined`)
              break
            case Op.LOAD_NAME: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const ns = f[fr + Frame.LOCALS]
              const g = f[fr + Frame.GLOBALS]
              let v: Value
              if (ns === g || ns === 0) {
                const c = info.gcache
                v = c.dict[arg] === g && c.keys[arg] === f[g + L.Dict.KEYS] && c.bkeys[arg] === f[builtins + L.Dict.KEYS]
                  ? f[c.entry[arg] + 2]
                  : this.globalLookup(info, arg, g)
              } else {
                v = dictGetName(rt, ns, names[arg])
                if (v === UNBOUND) v = dictGetName(rt, g, names[arg])
                if (v === UNBOUND) v = dictGetName(rt, builtins, names[arg])
              }
              if (v === UNBOUND) throw this.nameError(info, arg, f[fr + Frame.GLOBALS])
              f[sp++] = v
              break
            }
            case Op.STORE_NAME: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const ns = f[fr + Frame.LOCALS]
              const g = f[fr + Frame.GLOBALS]
              if (ns === g || ns === 0) this.globalStore(info, arg, g, f[--sp])
              else dictSetName(rt, ns, names[arg], f[--sp])
              break
            }
            case Op.DELETE_NAME:
              if (dictDel(rt, f[fr + Frame.LOCALS] || f[fr + Frame.GLOBALS], names[arg]) === UNBOUND) throw rt.error(T.NameError, `name '${rt.str(names[arg])}' is not defined`)
              break

            case Op.LOAD_ATTR: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const obj = f[sp - 1]
              if ((obj & 7) === TAG_REF && rt.heap.kind(addrOf(obj)) === Kind.INSTANCE) {
                // an instance: its dict first, unless its class has a property of that name
                const oa = addrOf(obj)
                const attr = this.classAttr(info, arg, addrOf(f[oa + L.Instance.CLASS]))
                if (attr === UNBOUND || rt.kindOf(attr) !== Kind.PROPERTY) {
                  const d = f[oa + L.Instance.DICT]
                  if (d !== None) {
                    const v = dictGetName(rt, addrOf(d), names[arg])
                    if (v !== UNBOUND) { f[sp - 1] = v; break }
                  }
                }
              }
              f[sp - 1] = getAttr(rt, obj, names[arg])
              break
            }
            case Op.STORE_ATTR: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH; setAttr(rt, f[sp - 1], names[arg], f[sp - 2]); sp -= 2; break
            case Op.DELETE_ATTR: delAttr(rt, f[sp - 1], names[arg]); sp--; break
            case Op.LOAD_METHOD: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const obj = f[sp - 1]
              if ((obj & 7) === TAG_REF && rt.heap.kind(addrOf(obj)) === Kind.INSTANCE) {
                const oa = addrOf(obj)
                const attr = this.classAttr(info, arg, addrOf(f[oa + L.Instance.CLASS]))
                if ((attr & 7) === TAG_REF && rt.heap.kind(addrOf(attr)) === Kind.FUNCTION) {
                  const d = f[oa + L.Instance.DICT]
                  if (d === None || dictGetName(rt, addrOf(d), names[arg]) === UNBOUND) {
                    f[sp - 1] = attr
                    f[sp++] = obj
                    break
                  }
                }
              }
              loadMethod(rt, obj, names[arg], mo)
              f[sp - 1] = mo[0]
              f[sp++] = mo[1]
              break
            }
            case Op.BINARY_SUBSCR: {
              if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH;
              const c = f[sp - 2], k = f[sp - 1]
              sp--
              f[sp - 1] = getItem(rt, c, k)
              break
            }
            case Op.STORE_SUBSCR: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH; setItem(rt, f[sp - 2], f[sp - 1], f[sp - 3]); sp -= 3; break
            case Op.DELETE_SUBSCR: if (languagePoints && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH; delItem(rt, f[sp - 2], f[sp - 1]); sp -= 2; break
            case Op.BUILD_SLICE: {
              const s = rt.heap.alloc(Kind.SLICE, L.Slice.SIZE)
              if (arg === 3) { f[s + L.Slice.STEP] = f[--sp] } else f[s + L.Slice.STEP] = None
              f[s + L.Slice.STOP] = f[--sp]
              f[s + L.Slice.START] = f[sp - 1]
              f[sp - 1] = mkRef(s)
              break
            }

            case Op.BINARY_OP:
            case Op.INPLACE_OP: {
              if (languagePoints && op === Op.INPLACE_OP && this.languagePoint(thread, fr, ip, sp, info)) return Status.SWITCH
              const a = f[sp - 2], b = f[sp - 1]
              let r = smallIntOp(arg as BinaryOp, a, b)
              if (r === UNBOUND) r = binaryOp(rt, arg as BinaryOp, a, b, op === Op.INPLACE_OP)
              sp--
              f[sp - 1] = r
              break
            }
            case Op.UNARY_NEGATIVE: f[sp - 1] = unaryOp(rt, '-', f[sp - 1]); break
            case Op.UNARY_POSITIVE: f[sp - 1] = unaryOp(rt, '+', f[sp - 1]); break
            case Op.UNARY_INVERT: f[sp - 1] = unaryOp(rt, '~', f[sp - 1]); break
            case Op.UNARY_NOT: f[sp - 1] = bool(!truthy(rt, f[sp - 1])); break
            case Op.COMPARE_OP: {
              const a = f[sp - 2], b = f[sp - 1]
              sp--
              if ((a & 7) === TAG_INT && (b & 7) === TAG_INT) {
                let r: boolean
                switch (arg) {
                  case 0: r = a < b; break
                  case 1: r = a <= b; break
                  case 2: r = a === b; break
                  case 3: r = a !== b; break
                  case 4: r = a > b; break
                  default: r = a >= b
                }
                f[sp - 1] = r ? True : False
              } else {
                f[sp - 1] = richCompare(rt, a, b, arg)
              }
              break
            }
            case Op.IS_OP: { const r = f[sp - 2] === f[sp - 1]; sp--; f[sp - 1] = bool(arg ? !r : r); break }
            case Op.CONTAINS_OP: { const r = contains(rt, f[sp - 1], f[sp - 2]); sp--; f[sp - 1] = bool(arg ? !r : r); break }

            case Op.BUILD_TUPLE: {
              const items: Value[] = []
              for (let i = sp - arg; i < sp; i++) items.push(f[i])
              sp -= arg
              f[sp++] = rt.newTuple(items)
              break
            }
            case Op.BUILD_LIST: {
              const items: Value[] = []
              for (let i = sp - arg; i < sp; i++) items.push(f[i])
              sp -= arg
              f[sp++] = rt.newList(items)
              break
            }
            case Op.BUILD_SET: {
              const s = newSet(rt)
              for (let i = sp - arg; i < sp; i++) setAdd(rt, addrOf(s), f[i])
              sp -= arg
              f[sp++] = s
              break
            }
            case Op.BUILD_MAP: {
              const d = newDict(rt)
              for (let i = sp - 2 * arg; i < sp; i += 2) dictSet(rt, addrOf(d), f[i], f[i + 1])
              sp -= 2 * arg
              f[sp++] = d
              break
            }
            case Op.BUILD_STRING: {
              let s = ''
              for (let i = sp - arg; i < sp; i++) s += rt.str(f[i])
              sp -= arg
              f[sp++] = rt.newStr(s)
              break
            }
            case Op.LIST_APPEND: { const v = f[--sp]; rt.listAppend(f[sp - arg], v); break }
            case Op.SET_ADD: { const v = f[--sp]; setAdd(rt, addrOf(f[sp - arg]), v); break }
            case Op.MAP_ADD: { const v = f[--sp]; const k = f[--sp]; dictSet(rt, addrOf(f[sp - arg]), k, v); break }
            case Op.LIST_EXTEND: { const v = f[--sp]; for (const x of toArray(rt, v)) rt.listAppend(f[sp - arg], x); break }
            case Op.SET_UPDATE: { const v = f[--sp]; for (const x of toArray(rt, v)) setAdd(rt, addrOf(f[sp - arg]), x); break }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
              const v = f[--sp]
              const target = addrOf(f[sp - arg])
              this.mergeInto(target, v, op === Op.DICT_MERGE, f[sp - arg - 2])
              break
            }
            case Op.LIST_TO_TUPLE: f[sp - 1] = rt.newTuple(rt.listItems(f[sp - 1])); break
            case Op.FORMAT_VALUE: {
              const spec = arg & 4 ? f[--sp] : UNBOUND
              let v = f[sp - 1]
              const conv = arg & 3
              if (conv === 1) v = rt.newStr(str(rt, v))
              else if (conv === 2) v = rt.newStr(repr(rt, v))
              else if (conv === 3) v = rt.newStr(rt.ascii(repr(rt, v)))
              f[sp - 1] = formatValue(rt, v, spec === UNBOUND ? '' : rt.str(spec))
              break
            }
            case Op.UNPACK_SEQUENCE: {
              const items = this.unpackItems(f[--sp], arg)
              for (let i = arg - 1; i >= 0; i--) f[sp++] = items[i]
              break
            }
            case Op.UNPACK_EX: {
              const before = arg & 0xff, after = arg >> 8
              const items = toArray(rt, f[--sp])
              if (items.length < before + after) {
                throw rt.error(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`)
              }
              const mid = rt.newList(items.slice(before, items.length - after))
              const all = [...items.slice(0, before), mid, ...items.slice(items.length - after)]
              for (let i = all.length - 1; i >= 0; i--) f[sp++] = all[i]
              break
            }

            case Op.JUMP_FORWARD: ip = arg; break
            case Op.POP_JUMP_IF_FALSE: {
              const v = f[--sp]
              if (v === False || v === None || v === 0 || (v !== True && !truthy(rt, v))) ip = arg
              break
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = f[--sp]
              if (v === True || (v !== False && v !== None && v !== 0 && truthy(rt, v))) ip = arg
              break
            }
            case Op.JUMP_IF_FALSE_OR_POP: if (!truthy(rt, f[sp - 1])) ip = arg; else sp--; break
            case Op.JUMP_IF_TRUE_OR_POP: if (truthy(rt, f[sp - 1])) ip = arg; else sp--; break
            case Op.GET_ITER: f[sp - 1] = iter(rt, f[sp - 1]); break
            case Op.FOR_ITER: {
              const it = f[sp - 1]
              let v: Value
              if ((it & 7) === TAG_REF && rt.heap.kind(addrOf(it)) === Kind.ITER && f[addrOf(it) + L.Iter.TYPE] === L.IterType.RANGE) {
                const a = addrOf(it)
                const cur = f[a + L.Iter.A], step = f[a + L.Iter.C]
                if (step > 0 ? cur >= f[a + L.Iter.B] : cur <= f[a + L.Iter.B]) v = UNBOUND
                else { f[a + L.Iter.A] = cur + step; v = cur }
              } else if ((it & 7) === TAG_REF && rt.heap.kind(addrOf(it)) === Kind.GENERATOR && f[addrOf(it) + L.Gen.STATE] !== L.GenState.DONE) {
                // run the generator's frame in this loop: it may block, and switch threads
                const g = addrOf(it)
                if (f[g + L.Gen.STATE] === L.GenState.RUNNING) throw rt.error(T.ValueError, 'generator already executing')
                const gfr = f[g + L.Gen.FRAME]
                if (f[g + L.Gen.STATE] === L.GenState.SUSPENDED) {
                  const gsp = f[gfr + Frame.SP]
                  f[gsp] = None
                  f[gfr + Frame.SP] = gsp + 1
                }
                f[g + L.Gen.STATE] = L.GenState.RUNNING
                f[gfr + Frame.PREV] = fr
                f[gfr + Frame.ACTION_ARG] = 1
                f[fr + Frame.IP] = ip
                f[fr + Frame.SP] = sp
                f[thread + Thread.DEPTH] += 1
                f[thread + Thread.FRAME] = gfr
                continue outer
              } else {
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                v = next(rt, it)
              }
              if (v === UNBOUND) { sp--; ip = arg } else f[sp++] = v
              break
            }

            case Op.MAKE_FUNCTION: {
              const qualname = f[--sp]
              const codeId = f[--sp] / 8
              const closure = arg & 8 ? f[--sp] : None
              const kwdefaults = arg & 2 ? f[--sp] : None
              const defaults = arg & 1 ? f[--sp] : None
              f[sp++] = this.makeFunction(codeId, f[fr + Frame.GLOBALS], defaults, kwdefaults, closure, qualname)
              break
            }
            case Op.CALL_FUNCTION:
            case Op.CALL_METHOD: {
              // fast path: a plain Python function with exactly its positional arguments
              const isMethod = op === Op.CALL_METHOD
              const base = isMethod ? sp - arg - 2 : sp - arg - 1
              let fn = f[base]
              let first = base + 1
              let nargs = arg
              if (isMethod) {
                if (fn === NULL) { fn = f[base + 1]; first = base + 2 } else nargs = arg + 1
              }
              if ((fn & 7) === TAG_REF && rt.heap.kind(addrOf(fn)) === Kind.FUNCTION) {
                const fa = addrOf(fn)
                const callee = infos[f[fa + L.Func.CODE]]
                const c = callee.code
                if (c.argcount === nargs && (c.flags & FAST_CALL_BLOCKERS) === 0 && c.kwonlyargcount === 0 && c.cell2arg.length === 0) {
                  const depth = f[thread + Thread.DEPTH] + 1
                  if (depth > RECURSION_LIMIT) throw rt.error(T.RecursionError, 'maximum recursion depth exceeded')
                  f[fr + Frame.IP] = ip
                  f[fr + Frame.SP] = base
                  const nf = this.newFrame(callee, f[fa + L.Func.GLOBALS], 0, fn, fr)
                  const lo = nf + callee.localsOff
                  for (let i = 0; i < nargs; i++) f[lo + i] = f[first + i]
                  f[thread + Thread.DEPTH] = depth
                  f[thread + Thread.FRAME] = nf
                  continue outer
                }
              }
            }
            // falls through
            case Op.CALL_FUNCTION_KW:
            case Op.CALL_METHOD_KW:
            case Op.CALL_FUNCTION_EX: {
              let fn: Value
              let args: Value[]
              let kw: Kwargs | null = null
              let base: number
              if (op === Op.CALL_FUNCTION_EX) {
                const kwd = arg & 1 ? f[sp - 1] : UNBOUND
                const posTuple = f[sp - (arg & 1 ? 2 : 1)]
                base = sp - (arg & 1 ? 3 : 2)
                fn = f[base]
                args = rt.tupleItems(posTuple)
                if (kwd !== UNBOUND) kw = this.kwargsFromDict(kwd)
              } else {
                let nkw = 0
                let kwnames: Value = UNBOUND
                let top = sp
                if (op === Op.CALL_FUNCTION_KW || op === Op.CALL_METHOD_KW) {
                  kwnames = f[--top]
                  nkw = f[addrOf(kwnames) + L.Tuple.LEN]
                }
                const isMethod = op === Op.CALL_METHOD || op === Op.CALL_METHOD_KW
                const npos = arg - nkw
                if (isMethod) {
                  base = top - arg - 2
                  const m = f[base]
                  if (m === NULL) {
                    fn = f[base + 1]
                    args = new Array(npos)
                    for (let i = 0; i < npos; i++) args[i] = f[base + 2 + i]
                  } else {
                    fn = m
                    args = new Array(npos + 1)
                    args[0] = f[base + 1]
                    for (let i = 0; i < npos; i++) args[i + 1] = f[base + 2 + i]
                  }
                } else {
                  base = top - arg - 1
                  fn = f[base]
                  args = new Array(npos)
                  for (let i = 0; i < npos; i++) args[i] = f[base + 1 + i]
                }
                if (nkw > 0) {
                  const names: string[] = []
                  const values: Value[] = []
                  for (let i = 0; i < nkw; i++) {
                    names.push(rt.str(f[addrOf(kwnames) + L.Tuple.SIZE + i]))
                    values.push(f[top - nkw + i])
                  }
                  kw = { names, values }
                }
              }
              const how = this.invokeCall(fn, args, kw, fr, ip, base)
              if (how === BLOCKED_CALL) {
                f[fr + Frame.SP] = sp
                return Status.BLOCKED
              }
              if (how === SWITCH_AFTER) return Status.SWITCH
              if (how === PUSHED && f[thread + Thread.FRAME] === fr) {
                // a builtin ran: the frame is the same, only the stack moved
                sp = base + 1
                break
              }
              continue outer
            }
            case Op.RETURN_VALUE: {
              const v = f[--sp]
              const action = f[fr + Frame.ACTION]
              const prev = f[fr + Frame.PREV]
              if (action === FrameAction.GENERATOR && f[fr + Frame.ACTION_ARG] === 1) {
                // the generator is exhausted: its FOR_ITER pops it and jumps past the loop
                const g = addrOf(f[fr + Frame.GEN])
                f[g + L.Gen.STATE] = L.GenState.DONE
                f[g + L.Gen.FRAME] = 0
                f[thread + Thread.DEPTH] -= 1
                rt.heap.free(fr)
                f[thread + Thread.FRAME] = prev
                const cip = f[prev + Frame.IP]
                f[prev + Frame.IP] = infos[f[prev + Frame.CODE]].ops[cip - 1]
                f[prev + Frame.SP] -= 1
                continue outer
              }
              if (action === FrameAction.GENERATOR) {
                // the generator's frame stays allocated only while it is alive
                this.retval = v
                this.yielded = false
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                return Status.DONE
              }
              if (action === FrameAction.STOP) {
                f[thread + Thread.DEPTH] -= 1
                rt.heap.free(fr)
                this.retval = v
                return Status.DONE
              }
              f[thread + Thread.DEPTH] -= 1
              if (action === FrameAction.THREAD || prev === 0) {
                f[thread + Thread.FRAME] = fr
                this.retval = v
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                return Status.DONE
              }
              let result = v
              if (action === FrameAction.INIT) {
                if (v !== None) {
                  rt.heap.free(fr)
                  f[thread + Thread.FRAME] = prev
                  fr = f[thread + Thread.FRAME]; info = infos[f[fr + Frame.CODE]]; ops = info.ops; ip = f[fr + Frame.IP]; sp = f[fr + Frame.SP]; locals = fr + info.localsOff; cells = fr + info.cellsOff; consts = info.consts; names = info.names
                  throw rt.typeError(`__init__() should return None, not '${rt.typeName(v)}'`)
                }
                result = f[fr + Frame.ACTION_ARG]
              }
              rt.heap.free(fr)
              f[thread + Thread.FRAME] = prev
              const csp = f[prev + Frame.SP]
              f[csp] = result
              f[prev + Frame.SP] = csp + 1
              continue outer
            }
            case Op.BUILD_CLASS: {
              const bases: Value[] = []
              for (let i = sp - arg; i < sp; i++) bases.push(f[i])
              sp -= arg
              const name = f[--sp]
              const body = f[--sp]
              f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
              f[sp++] = makeClass(rt, this, body, name, bases, f[fr + Frame.GLOBALS])
              break
            }
            case Op.YIELD_VALUE: {
              if (f[fr + Frame.ACTION_ARG] === 1) {
                // back to the FOR_ITER that resumed it, with the value
                const v = f[--sp]
                f[fr + Frame.IP] = ip
                f[fr + Frame.SP] = sp
                f[fr + Frame.ACTION_ARG] = 0
                f[addrOf(f[fr + Frame.GEN]) + L.Gen.STATE] = L.GenState.SUSPENDED
                f[thread + Thread.DEPTH] -= 1
                const prev = f[fr + Frame.PREV]
                const csp = f[prev + Frame.SP]
                f[csp] = v
                f[prev + Frame.SP] = csp + 1
                f[thread + Thread.FRAME] = prev
                continue outer
              }
              this.retval = f[--sp]
              this.yielded = true
              f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
              return Status.DONE
            }

            case Op.SETUP_FINALLY: {
              const nb = f[fr + Frame.NBLOCKS]
              f[fr + info.blocksOff + nb * 2] = arg
              f[fr + info.blocksOff + nb * 2 + 1] = sp
              f[fr + Frame.NBLOCKS] = nb + 1
              break
            }
            case Op.POP_BLOCK: f[fr + Frame.NBLOCKS] -= 1; break
            case Op.PUSH_EXC_INFO: {
              const exc = f[sp - 1]
              f[sp - 1] = f[thread + Thread.EXC_INFO]
              f[sp++] = exc
              f[thread + Thread.EXC_INFO] = exc
              if (arg !== 0) {
                const nb = f[fr + Frame.NBLOCKS]
                f[fr + info.blocksOff + nb * 2] = arg
                f[fr + info.blocksOff + nb * 2 + 1] = sp - 1
                f[fr + Frame.NBLOCKS] = nb + 1
              }
              break
            }
            case Op.POP_EXCEPT: f[thread + Thread.EXC_INFO] = f[--sp]; break
            case Op.CHECK_EXC_MATCH: {
              const t = f[--sp]
              f[sp++] = bool(this.excMatches(f[sp - 2], t))
              break
            }
            case Op.RAISE_VARARGS: {
              if (arg === 0) {
                const cur = f[thread + Thread.EXC_INFO]
                if (cur === None) throw rt.error(T.RuntimeError, 'No active exception to reraise')
                f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
                throw new Reraise(cur)
              }
              let cause: Value = UNBOUND
              if (arg === 2) cause = f[--sp]
              const exc = this.normalizeException(f[--sp])
              if (cause !== UNBOUND) {
                const c = cause === None ? None : this.normalizeException(cause)
                f[addrOf(exc) + L.Exc.CAUSE] = c
                f[addrOf(exc) + L.Exc.SUPPRESS] = True
              }
              f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
              throw new PyError(exc)
            }
            case Op.RERAISE: {
              const exc = f[--sp]
              f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
              throw new Reraise(exc)
            }
            case Op.LOAD_ASSERTION_ERROR: f[sp++] = rt.clsValue(T.AssertionError); break
            case Op.BEFORE_WITH: {
              const mgr = f[sp - 1]
              const cls = rt.typeOf(mgr)
              const enterFn = lookupType(rt, cls, rt.intern('__enter__'))
              const exitFn = lookupType(rt, cls, rt.intern('__exit__'))
              if (enterFn === UNBOUND || exitFn === UNBOUND) {
                throw rt.typeError(`'${rt.className(cls)}' object does not support the context manager protocol`)
              }
              f[sp - 1] = newBoundMethod(rt, exitFn, mgr)
              const how = this.invokeCall(enterFn, [mgr], null, fr, ip, sp)
              if (how === BLOCKED_CALL) {
                // run BEFORE_WITH again when woken
                f[sp - 1] = mgr
                f[fr + Frame.SP] = sp
                return Status.BLOCKED
              }
              if (how === SWITCH_AFTER) return Status.SWITCH
              continue outer
            }
            case Op.WITH_EXCEPT_START: {
              const exc = f[sp - 1]
              const exit = f[sp - 3]
              // the traceback travels as the exception's list of (code, line) entries
              const tb = rt.kindOf(exc) === Kind.EXCEPTION ? f[addrOf(exc) + L.Exc.TB] : None
              const how = this.invokeCall(exit, [mkRef(rt.typeOf(exc)), exc, tb], null, fr, ip, sp)
              if (how === BLOCKED_CALL) {
                f[fr + Frame.SP] = sp
                return Status.BLOCKED
              }
              if (how === SWITCH_AFTER) return Status.SWITCH
              continue outer
            }
            case Op.IMPORT_NAME: {
              f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
              const full = rt.str(names[arg])
              const top = full.split('.')[0]
              const m = this.host.importModule(full)
              f[sp++] = top === full ? m : this.host.importModule(top)
              break
            }
            case Op.IMPORT_FROM: {
              const m = f[sp - 1]
              const v = getAttr(rt, m, names[arg], true)
              if (v === UNBOUND) {
                const mname = rt.kindOf(m) === Kind.MODULE ? rt.str(f[addrOf(m) + L.Module_.NAME]) : '?'
                throw rt.error(T.ImportError, `cannot import name '${rt.str(names[arg])}' from '${mname}' (unknown location)`)
              }
              f[sp++] = v
              break
            }
            case Op.IMPORT_STAR: {
              const m = f[--sp]
              const target = f[fr + Frame.LOCALS] || f[fr + Frame.GLOBALS]
              dictEach(rt, addrOf(f[addrOf(m) + L.Module_.DICT]), (k, v) => {
                if (!rt.str(k).startsWith('_')) dictSetName(rt, target, k, v)
              })
              break
            }
            default:
              throw rt.error(T.NotImplementedError, `the kitchen VM cannot run opcode ${op}`)
          }
        }
      } catch (e) {
        if (e instanceof KitchenStop) throw e
        let exc: Value
        let fresh = true
        if (e instanceof Reraise) { exc = e.exc; fresh = false } else if (e instanceof PyError) exc = e.exc
        else if (e instanceof RangeError && /call stack/.test(e.message)) exc = rt.newException(T.RecursionError, [rt.newStr('maximum recursion depth exceeded')])
        else if (e && (e as Error).constructor?.name === 'HeapExhausted') exc = rt.newException(T.MemoryError, [])
        else throw e
        // the frame may have changed under a nested call that threw
        if (f[thread + Thread.FRAME] !== fr) { fr = f[thread + Thread.FRAME]; info = infos[f[fr + Frame.CODE]]; ops = info.ops; ip = f[fr + Frame.IP]; sp = f[fr + Frame.SP]; locals = fr + info.localsOff; cells = fr + info.cellsOff; consts = info.consts; names = info.names }
        if (fresh) {
          const handled = f[thread + Thread.EXC_INFO]
          const ea = addrOf(exc)
          if (handled !== None && handled !== exc && f[ea + L.Exc.CONTEXT] === None) f[ea + L.Exc.CONTEXT] = handled
          const line = info.code.lines[Math.max(0, ip - 2) >> 1]
          f[fr + Frame.LINE] = line
          if (!info.internal || !this.lastTbIs(exc, fr)) this.addTraceback(exc, fr, line)
        }
        // unwind to the nearest handler
        for (;;) {
          const nb = f[fr + Frame.NBLOCKS]
          if (nb > 0) {
            const handler = f[fr + info.blocksOff + (nb - 1) * 2]
            const depth = f[fr + info.blocksOff + (nb - 1) * 2 + 1]
            f[fr + Frame.NBLOCKS] = nb - 1
            sp = depth
            f[sp++] = exc
            ip = handler
            f[fr + Frame.IP] = ip
            f[fr + Frame.SP] = sp
            break
          }
          const action = f[fr + Frame.ACTION]
          const prev = f[fr + Frame.PREV]
          if (action === FrameAction.GENERATOR && f[fr + Frame.ACTION_ARG] === 1) {
            // an exception leaves a generator run by FOR_ITER: it is done, the caller sees the exception
            const g = addrOf(f[fr + Frame.GEN])
            f[g + L.Gen.STATE] = L.GenState.DONE
            f[g + L.Gen.FRAME] = 0
          } else if (action === FrameAction.STOP || action === FrameAction.GENERATOR) {
            if (action === FrameAction.STOP) {
              f[thread + Thread.DEPTH] -= 1
              rt.heap.free(fr)
            }
            throw new PyError(exc)
          }
          f[thread + Thread.DEPTH] -= 1
          if (action === FrameAction.THREAD || prev === 0) {
            f[fr + Frame.IP] = ip; f[fr + Frame.SP] = sp
            this.uncaught = exc
            return Status.UNCAUGHT
          }
          rt.heap.free(fr)
          f[thread + Thread.FRAME] = prev
          fr = f[thread + Thread.FRAME]; info = infos[f[fr + Frame.CODE]]; ops = info.ops; ip = f[fr + Frame.IP]; sp = f[fr + Frame.SP]; locals = fr + info.localsOff; cells = fr + info.cellsOff; consts = info.consts; names = info.names
          const line = info.code.lines[Math.max(0, ip - 2) >> 1]
          if (!info.internal) this.addTraceback(exc, fr, line)
        }
      }
    }
  }

  /// Collect when the heap's allocation count passes this.
  gcAt = 4_000_000
  /// Set by natives (sleep(0), start()) to give up the GIL after the call.
  yieldRequested = false
  /// instantiate() pushed an __init__ frame (not nested).
  private pushedFrame = 0
  /// callFrame() made a generator instead of a frame.
  private newGen: Value = None

  /// Calls fn for the instruction that ends at ip in frame fr; the result
  /// goes to stack slot sp. Returns PUSHED (the result is on the frame's
  /// stack), ENTERED (a Python frame is now running; its return pushes the
  /// result), BLOCKED_CALL (the instruction is rewound to run again) or
  /// SWITCH_AFTER (pushed, and the thread gives up the GIL).
  private invokeCall(fn: Value, args: Value[], kw: Kwargs | null, fr: number, ip: number, sp: number): number {
    const rt = this.rt
    const f = rt.f
    while ((fn & 7) === TAG_REF && rt.heap.kind(addrOf(fn)) === Kind.BOUND_METHOD) {
      const a = addrOf(fn)
      args.unshift(f[a + L.Method.SELF])
      fn = f[a + L.Method.FUNC]
    }
    f[fr + Frame.IP] = ip
    f[fr + Frame.SP] = sp
    const ft = fn & 7
    if (ft === TAG_NATIVE) {
      const r = rt.natives[nativeIndex(fn)].fn(rt, args, kw)
      if (r === BLOCKED) {
        if (this.nest > 0) throw this.blockedInNested()
        f[fr + Frame.IP] = ip - 2
        return BLOCKED_CALL
      }
      f[sp] = r
      f[fr + Frame.SP] = sp + 1
      if (this.yieldRequested) {
        this.yieldRequested = false
        if (this.nest === 0 && this.host.onSwitchPoint()) return SWITCH_AFTER
      }
      return PUSHED
    }
    if (ft === TAG_REF) {
      const a = addrOf(fn)
      const k = rt.heap.kind(a)
      if (k === Kind.FUNCTION) {
        const nf = this.callFrame(fn, args, kw, fr)
        if (nf === 0) {
          f[sp] = this.newGen
          f[fr + Frame.SP] = sp + 1
          return PUSHED
        }
        f[this.thread + Thread.FRAME] = nf
        return ENTERED
      }
      if (k === Kind.CLASS) {
        const r = this.instantiate(a, args, kw, false)
        if (this.pushedFrame !== 0) {
          f[this.thread + Thread.FRAME] = this.pushedFrame
          this.pushedFrame = 0
          return ENTERED
        }
        f[sp] = r
        f[fr + Frame.SP] = sp + 1
        return PUSHED
      }
    }
    const r = this.callNested(fn, args, kw)
    f[sp] = r
    f[fr + Frame.SP] = sp + 1
    return PUSHED
  }

  /// At a read or write of shared state in 'language' switch-point mode:
  /// true when the thread gives up the GIL here (the instruction runs when
  /// it resumes; the thread's WAKE mark lets it through that once).
  languagePoint(thread: number, fr: number, ip: number, sp: number, info: CodeInfo): boolean {
    const f = this.rt.f
    if (this.nest > 0 || info.internal) return false
    if (f[thread + Thread.WAKE] === 1) {
      f[thread + Thread.WAKE] = 0
      return false
    }
    if (--this.budget > 0) return false
    f[fr + Frame.IP] = ip - 2
    f[fr + Frame.SP] = sp
    if (!this.host.onSwitchPoint()) return false
    f[thread + Thread.WAKE] = 1
    // the instruction runs when the thread resumes, not now
    if (this.tracker !== null) this.tracker.log.truncate(this.tracker.opStart)
    return true
  }

  /// What class cls has under names[idx] along its MRO, through the inline cache.
  classAttr(info: CodeInfo, idx: number, cls: number): Value {
    const c = info.acache
    const rt = this.rt
    if (c.cls[idx] === cls && c.version[idx] === rt.typeVersion) return c.value[idx]
    const v = lookupType(rt, cls, info.names[idx])
    c.cls[idx] = cls
    c.version[idx] = rt.typeVersion
    c.value[idx] = v
    return v
  }

  /// NameError for names[idx], with CPython's suggestion: the closest of the
  /// code's local variables, else of the globals, else of the builtins.
  nameError(info: CodeInfo, idx: number, g: number): PyError {
    const rt = this.rt
    const name = rt.str(info.names[idx])
    const err = rt.error(T.NameError, `name '${name}' is not defined`)
    const suggestion = suggestName(name, info.code.varnames) ??
      (g ? suggestName(name, dictNames(rt, g)) : null) ??
      suggestName(name, dictNames(rt, addrOf(rt.f[Root.BUILTINS])))
    if (suggestion !== null) rt.f[addrOf(err.exc) + L.Exc.SUGGEST] = rt.newStr(suggestion)
    return err
  }

  /// A global name's value (globals, then builtins), filling the inline cache.
  globalLookup(info: CodeInfo, idx: number, g: number): Value {
    const rt = this.rt
    const f = rt.f
    const c = info.gcache
    const b = addrOf(f[Root.BUILTINS])
    let e = dictEntryOfName(rt, g, info.names[idx])
    let inGlobals = 1
    if (e < 0) {
      e = dictEntryOfName(rt, b, info.names[idx])
      inGlobals = 0
      if (e < 0) return UNBOUND
    }
    c.dict[idx] = g
    c.keys[idx] = f[g + L.Dict.KEYS]
    c.bkeys[idx] = f[b + L.Dict.KEYS]
    c.entry[idx] = e
    c.inGlobals[idx] = inGlobals
    return f[e + 2]
  }

  /// Stores a global, through the inline cache when it is valid.
  globalStore(info: CodeInfo, idx: number, g: number, v: Value): void {
    const f = this.rt.f
    const c = info.gcache
    if (c.dict[idx] === g && c.inGlobals[idx] === 1 && c.keys[idx] === f[g + L.Dict.KEYS]) {
      f[c.entry[idx] + 2] = v
      return
    }
    dictSetName(this.rt, g, info.names[idx], v)
  }

  private lastTbIs(exc: Value, fr: number): boolean {
    const tb = this.rt.f[addrOf(exc) + L.Exc.TB]
    if (tb === None) return false
    const items = this.rt.listItems(tb)
    return items.length >= 2 && items[items.length - 2] === mkInt(this.rt.f[fr + Frame.CODE])
  }

  private derefError(info: CodeInfo, arg: number): PyError {
    const name = arg < info.ncells ? info.code.cellvars[arg] : info.code.freevars[arg - info.ncells]
    if (arg < info.ncells) return this.rt.error(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`)
    return this.rt.error(T.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`)
  }

  excMatches(exc: Value, t: Value): boolean {
    const rt = this.rt
    const cls = rt.typeOf(exc)
    if (rt.kindOf(t) === Kind.TUPLE) return rt.tupleItems(t).some((x) => this.excMatches(exc, x))
    if (rt.kindOf(t) !== Kind.CLASS || !(rt.f[addrOf(t) + L.Class.FLAGS] & L.ClassFlags.EXCEPTION)) {
      throw rt.typeError('catching classes that do not inherit from BaseException is not allowed')
    }
    return rt.isSubclass(cls, addrOf(t))
  }

  private unpackItems(v: Value, n: number): Value[] {
    const rt = this.rt
    const k = rt.kindOf(v)
    if (k !== Kind.LIST && k !== Kind.TUPLE && k !== Kind.STR && k !== Kind.RANGE && k !== Kind.DICT && k !== Kind.SET && k !== Kind.ITER && k !== Kind.GENERATOR && k !== Kind.INSTANCE) {
      throw rt.typeError(`cannot unpack non-iterable ${rt.typeName(v)} object`)
    }
    const it = iter(rt, v)
    const items: Value[] = []
    for (let x = next(rt, it); x !== UNBOUND; x = next(rt, it)) {
      items.push(x)
      if (items.length > n) throw rt.error(T.ValueError, `too many values to unpack (expected ${n})`)
    }
    if (items.length < n) throw rt.error(T.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`)
    return items
  }

  private mergeInto(target: number, v: Value, strict: boolean, fnForMessage: Value): void {
    const rt = this.rt
    if (rt.kindOf(v) !== Kind.DICT) {
      if (strict) throw rt.typeError(`${this.calleeName(fnForMessage)} argument after ** must be a mapping, not ${rt.typeName(v)}`)
      throw rt.typeError(`'${rt.typeName(v)}' object is not a mapping`)
    }
    dictEach(rt, addrOf(v), (k, val) => {
      if (strict) {
        if (!rt.isStr(k)) throw rt.typeError('keywords must be strings')
        if (dictGet(rt, target, k) !== UNBOUND) throw rt.typeError(`${this.calleeName(fnForMessage)} got multiple values for keyword argument '${rt.str(k)}'`)
      }
      dictSet(rt, target, k, val)
    })
  }

  calleeName(fn: Value): string {
    const rt = this.rt
    const k = rt.kindOf(fn)
    if (k === Kind.FUNCTION) return rt.str(rt.f[addrOf(fn) + L.Func.QUALNAME]) + '()'
    if ((fn & 7) === TAG_NATIVE) return rt.nativeOf(fn).name + '()'
    if (k === Kind.CLASS) return rt.className(addrOf(fn)) + '()'
    return 'function'
  }

  private kwargsFromDict(d: Value): Kwargs {
    const rt = this.rt
    const names: string[] = []
    const values: Value[] = []
    dictEach(rt, addrOf(d), (k, v) => {
      names.push(rt.str(k))
      values.push(v)
    })
    return { names, values }
  }

  makeFunction(codeId: number, globals: number, defaults: Value, kwdefaults: Value, closure: Value, qualname: Value): Value {
    const rt = this.rt
    const f = rt.f
    const info = this.info(codeId)
    const a = rt.heap.alloc(Kind.FUNCTION, L.Func.SIZE)
    f[a + L.Func.CODE] = codeId
    f[a + L.Func.GLOBALS] = globals
    f[a + L.Func.DEFAULTS] = defaults
    f[a + L.Func.KWDEFAULTS] = kwdefaults
    f[a + L.Func.CLOSURE] = closure
    f[a + L.Func.NAME] = info.name
    f[a + L.Func.QUALNAME] = qualname
    f[a + L.Func.DICT] = None
    const modName = dictGetName(rt, globals, rt.intern('__name__'))
    f[a + L.Func.MODULE] = modName === UNBOUND ? None : modName
    return mkRef(a)
  }
}

/// Code flags that rule out the fast call path.
const FAST_CALL_BLOCKERS = CodeFlags.VARARGS | CodeFlags.VARKEYWORDS | CodeFlags.GENERATOR

const PUSHED = 0
const BLOCKED_CALL = 1
const SWITCH_AFTER = 2
const ENTERED = 3

/// A re-raise: the exception keeps its traceback.
class Reraise {
  constructor(readonly exc: Value) {}
}

export { pyEq }
