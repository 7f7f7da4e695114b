/// `_kitchen`: the primitives the Python-level threading and queue modules
/// are written on (CPython's `_thread`, plus trace hooks), the lock type's
/// methods, and `time`. Blocking calls return BLOCKED and run again when
/// their thread is woken: that is how one call can wait on any scheduler.

import { Kind, Root } from '../vm/heap.ts'
import * as L from '../vm/layout.ts'
import { ThreadState, Thread, Frame } from '../vm/layout.ts'
import { type Runtime, type NativeFn, BLOCKED } from '../vm/runtime.ts'
import { T } from '../vm/types.ts'
import { type Value, None, True, False, UNBOUND, TAG_INT, addrOf, mkRef, mkInt, bool } from '../vm/value.ts'
import { parseArgs, positional } from '../vm/args.ts'
import { truthy, str } from '../vm/protocol.ts'
import { formatException, exceptionLine, raisedAtLine } from '../vm/traceback.ts'

export const TIMEOUT_MAX = 9223372036.0
/// Threads alive at once in one kitchen.
export const MAX_THREADS = 256

function seconds(rt: Runtime, v: Value): number {
  if ((v & 7) === TAG_INT) return v / 8
  if (rt.isFloat(v)) return rt.floatOf(v)
  if (v === True || v === False || rt.isIntLike(v)) return Number(rt.intValue(v))
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`)
}

function newLock(rt: Runtime, traced: boolean): Value {
  const a = rt.heap.alloc(Kind.LOCK, L.Lock.SIZE)
  rt.f[a + L.Lock.LOCKED] = 0
  rt.f[a + L.Lock.TRACED] = traced ? 1 : 0
  return mkRef(a)
}

/// lock.acquire(blocking=True, timeout=-1) with CPython's checks.
function acquire(rt: Runtime, args: Value[], kw: import('../vm/runtime.ts').Kwargs | null): Value {
  const [self, blockingV, timeoutV] = parseArgs(rt, 'acquire', args, kw, ['self', 'blocking?', 'timeout?'])
  const a = addrOf(self)
  const f = rt.f
  const host = rt.host
  const th = host.current()
  let blocking = true
  if (blockingV !== UNBOUND) {
    if (!rt.isIntLike(blockingV) && blockingV !== True && blockingV !== False) {
      throw rt.typeError(`'${rt.typeName(blockingV)}' object cannot be interpreted as an integer`)
    }
    blocking = truthy(rt, blockingV)
  }
  let timeout = -1
  if (timeoutV !== UNBOUND) {
    if (timeoutV === None) throw rt.typeError("'NoneType' object cannot be interpreted as an integer")
    timeout = seconds(rt, timeoutV)
  }
  if (!blocking && timeout !== -1) throw rt.error(T.ValueError, "can't specify a timeout for a non-blocking call")
  if (timeout < 0 && timeout !== -1) throw rt.error(T.ValueError, 'timeout value must be positive')
  if (timeout > TIMEOUT_MAX) throw rt.error(T.OverflowError, 'timestamp out of range for platform time_t')
  const traced = f[a + L.Lock.TRACED] === 1
  if (f[a + L.Lock.LOCKED] === 0) {
    f[a + L.Lock.LOCKED] = 1
    f[th + Thread.DEADLINE] = 0
    if (traced) host.emit('acquire', self)
    return True
  }
  if (!blocking || timeout === 0) return False
  const now = host.clock()
  let deadline = f[th + Thread.DEADLINE]
  if (deadline === 0) {
    deadline = timeout < 0 ? Infinity : now + timeout
    if (traced) host.emit('block', self)
  } else if (now >= deadline) {
    f[th + Thread.DEADLINE] = 0
    if (traced) host.emit('timeout', self)
    return False
  }
  host.park(ThreadState.BLOCKED, a, deadline)
  return BLOCKED
}

function release(rt: Runtime, self: Value): Value {
  const a = addrOf(self)
  const f = rt.f
  if (f[a + L.Lock.LOCKED] === 0) throw rt.error(T.RuntimeError, 'release unlocked lock')
  f[a + L.Lock.LOCKED] = 0
  if (f[a + L.Lock.TRACED] === 1) rt.host.emit('release', self)
  rt.host.wakeWaiters(a)
  return None
}

/// Methods of the lock type.
export function lockMethods(rt: Runtime): Map<string, Value> {
  const m = new Map<string, Value>()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `lock.${name}`)) }
  def('acquire', acquire)
  def('acquire_lock', acquire)
  def('__enter__', (rt, args) => acquire(rt, [args[0]], null))
  def('release', (rt, args, kw) => { positional(rt, 'release', args, kw, 1, 1); return release(rt, args[0]) })
  def('release_lock', (rt, args) => release(rt, args[0]))
  def('__exit__', (rt, args) => release(rt, args[0]))
  def('locked', (rt, args) => bool(rt.f[addrOf(args[0]) + L.Lock.LOCKED] === 1))
  return m
}

/// time.sleep: parks the thread until its deadline.
export function sleepFor(rt: Runtime, secs: number, traceKind: string | null, obj: Value | null, detail?: unknown): Value {
  const host = rt.host
  const th = host.current()
  const f = rt.f
  const deadline = f[th + Thread.DEADLINE]
  const now = host.clock()
  if (deadline === 0) {
    if (secs <= 0) {
      rt.interp.yieldRequested = true
      return None
    }
    if (traceKind) host.emit(traceKind, obj, detail)
    host.park(ThreadState.SLEEPING, 0, now + secs)
    return BLOCKED
  }
  if (now >= deadline) {
    f[th + Thread.DEADLINE] = 0
    return None
  }
  host.park(ThreadState.SLEEPING, 0, deadline)
  return BLOCKED
}

export interface NativeModule {
  readonly name: string
  readonly members: Map<string, Value>
}

/// The `_kitchen` and `time` modules.
export function threadModules(rt: Runtime, wallEpoch: () => number): NativeModule[] {
  const k = new Map<string, Value>()
  const def = (m: Map<string, Value>, mod: string, name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `${mod}.${name}`)) }

  def(k, '_kitchen', 'allocate_lock', (rt, args, kw) => {
    if (args.length > 1) throw rt.typeError(`_thread.allocate_lock() takes no arguments (${args.length} given)`)
    const [traced] = parseArgs(rt, 'allocate_lock', args, kw, ['traced?'])
    return newLock(rt, traced === UNBOUND || truthy(rt, traced))
  })
  def(k, '_kitchen', 'start_new_thread', (rt, args, kw) => {
    positional(rt, 'start_new_thread', args, kw, 2, 2)
    let fn = args[0]
    const callArgs = rt.tupleItems(args[1])
    while (rt.kindOf(fn) === Kind.BOUND_METHOD) {
      callArgs.unshift(rt.f[addrOf(fn) + L.Method.SELF])
      fn = rt.f[addrOf(fn) + L.Method.FUNC]
    }
    if (rt.kindOf(fn) !== Kind.FUNCTION) throw rt.typeError('first arg must be a Python function')
    const live = rt.listItems(rt.f[Root.THREADS]).filter((t) => rt.f[addrOf(t) + Thread.STATE] !== ThreadState.DONE).length
    if (live >= MAX_THREADS) throw rt.error(T.RuntimeError, `can't start new thread: the kitchen runs at most ${MAX_THREADS} threads at once`)
    const interp = rt.interp
    const fr = interp.callFrame(fn, callArgs, null, 0)
    const parent = rt.host.current()
    const th = rt.host.newThread(fr, rt.f[parent + Thread.DAEMON] === 1)
    rt.f[th + Thread.DEPTH] = 1
    // callFrame counted the new frame against the caller's depth
    rt.f[parent + Thread.DEPTH] -= 1
    rt.f[fr + Frame.PREV] = 0
    return mkInt(rt.host.ident(th))
  })
  def(k, '_kitchen', 'get_ident', (rt) => mkInt(rt.host.ident(rt.host.current())))
  def(k, '_kitchen', 'get_native_id', (rt) => mkInt(100000 + rt.host.ident(rt.host.current())))
  def(k, '_kitchen', 'monotonic', (rt) => rt.newFloat(rt.host.clock()))
  def(k, '_kitchen', 'trace', (rt, args) => {
    const kind = rt.str(args[0])
    const obj = args.length > 1 && args[1] !== None ? args[1] : null
    const arg = args.length > 2 ? args[2] : None
    let detail: unknown = undefined
    if (arg !== None) detail = (arg & 7) === TAG_INT ? arg / 8 : rt.isStr(arg) ? rt.str(arg) : str(rt, arg)
    rt.host.emit(kind, obj, detail)
    return None
  })
  def(k, '_kitchen', 'set_thread_name', (rt, args) => {
    const th = rt.host.current()
    rt.f[th + Thread.NAME] = args[0]
    rt.host.emit('thread-name', null, rt.str(args[0]))
    return None
  })
  def(k, '_kitchen', 'set_daemon', (rt, args) => {
    // the thread identified by args[0] becomes (non-)daemon
    for (const t of rt.listItems(rt.f[Root.THREADS]).map(addrOf)) {
      if (rt.f[t + Thread.IDENT] === args[0] / 8) rt.f[t + Thread.DAEMON] = truthy(rt, args[1]) ? 1 : 0
    }
    return None
  })
  def(k, '_kitchen', 'print_thread_exception', (rt, args) => {
    const name = rt.str(args[0])
    rt.host.emit('exception', args[1], exceptionLine(rt, args[1]), raisedAtLine(rt, args[1]))
    rt.host.write(`Exception in thread ${name}:\n` + formatException(rt, args[1]), true)
    return None
  })
  def(k, '_kitchen', 'write', (rt, args) => {
    rt.host.write(rt.str(args[0]), truthy(rt, args[1]))
    return None
  })
  k.set('TIMEOUT_MAX', rt.newFloat(TIMEOUT_MAX))

  const t = new Map<string, Value>()
  def(t, 'time', 'sleep', (rt, args, kw) => {
    positional(rt, 'sleep', args, kw, 1, 1)
    const s = seconds(rt, args[0])
    if (s < 0) throw rt.error(T.ValueError, 'sleep length must be non-negative')
    return sleepFor(rt, s, 'sleep', null, s)
  })
  def(t, 'time', 'time', (rt) => rt.newFloat(wallEpoch() + rt.host.clock()))
  def(t, 'time', 'monotonic', (rt) => rt.newFloat(rt.host.clock()))
  def(t, 'time', 'perf_counter', (rt) => rt.newFloat(rt.host.clock()))
  def(t, 'time', 'time_ns', (rt) => rt.int(BigInt(Math.round((wallEpoch() + rt.host.clock()) * 1e9))))
  def(t, 'time', 'monotonic_ns', (rt) => rt.int(BigInt(Math.round(rt.host.clock() * 1e9))))
  def(t, 'time', 'perf_counter_ns', (rt) => rt.int(BigInt(Math.round(rt.host.clock() * 1e9))))
  return [{ name: '_kitchen', members: k }, { name: 'time', members: t }]
}
