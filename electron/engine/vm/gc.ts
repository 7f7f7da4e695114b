/// A mark-and-sweep collector over the shared heap. It runs only at a safe
/// point (a switch point of the interpreter outside any nested call), where
/// every live value is reachable from the heap's roots: the root block, the
/// threads and their frames, and the values this worker pinned.
///
/// The heap never moves objects, so addresses held anywhere stay valid.

import { Kind, Root, MAX_SMALL_BLOCK } from './heap.ts'
import * as L from './layout.ts'
import { Frame, Thread } from './layout.ts'
import { type Runtime } from './runtime.ts'
import { type Value, TAG_REF, addrOf } from './value.ts'
import { type CodeInfo } from './code.ts'

const MARK = 0x100

/// Collects garbage; returns the number of slots freed.
export function collect(rt: Runtime, infos: readonly CodeInfo[], extraRoots: readonly Value[]): number {
  const heap = rt.heap
  const f = rt.f
  const i32 = rt.i32
  const stack: number[] = []
  const markAddr = (a: number): void => {
    if (a <= 0 || a >= f[Root.BUMP]) return
    const h = i32[a * 2]
    if (h & MARK) return
    i32[a * 2] = h | MARK
    stack.push(a)
  }
  const markValue = (v: Value): void => {
    if ((v & 7) === TAG_REF) markAddr(addrOf(v))
  }
  const markRange = (from: number, to: number): void => {
    for (let i = from; i < to; i++) markValue(f[i])
  }

  for (const slot of [Root.INTERN, Root.MODULES, Root.BUILTINS, Root.THREADS, Root.TYPES, Root.CONSTS, Root.SOURCES]) markValue(f[slot])
  for (const v of extraRoots) markValue(v)
  for (const info of infos) {
    for (const v of info.consts) markValue(v)
    for (const v of info.names) markValue(v)
    markValue(info.name)
    markValue(info.qualname)
    for (const v of info.paramNames) markValue(v)
  }

  while (stack.length > 0) {
    const a = stack.pop()!
    const size = i32[a * 2 + 1]
    switch (heap.kind(a)) {
      case Kind.TUPLE: markRange(a + L.Tuple.SIZE, a + L.Tuple.SIZE + f[a + L.Tuple.LEN]); break
      case Kind.LIST: {
        const arr = f[a + L.List.ITEMS]
        markAddr(arr)
        markRange(arr + 1, arr + 1 + f[a + L.List.LEN])
        break
      }
      case Kind.DICT: {
        const ent = f[a + L.Dict.ENTRIES]
        if (ent) {
          markAddr(ent)
          markAddr(f[a + L.Dict.INDEX])
          markRange(ent + 1, ent + 1 + f[a + L.Dict.NENTRIES] * 3)
        }
        break
      }
      case Kind.SET: case Kind.FROZENSET: {
        const t = f[a + L.Set_.TABLE]
        markAddr(t)
        const n = f[a + L.Set_.MASK] + 1
        for (let i = 0; i < n; i++) markValue(f[t + 1 + i * 2 + 1])
        break
      }
      case Kind.INSTANCE: markRange(a + 1, a + L.Instance.SIZE); break
      case Kind.EXCEPTION: markRange(a + 1, a + L.Exc.SIZE); break
      case Kind.CLASS: markRange(a + 1, a + L.Class.SIZE); break
      case Kind.FUNCTION:
        markAddr(f[a + L.Func.GLOBALS])
        markRange(a + L.Func.DEFAULTS, a + L.Func.SIZE)
        break
      case Kind.BOUND_METHOD: case Kind.CELL: case Kind.MODULE: case Kind.RANGE: case Kind.SLICE:
      case Kind.PROPERTY: case Kind.STATICMETHOD: case Kind.CLASSMETHOD: case Kind.SUPER:
        markRange(a + 1, a + size)
        break
      case Kind.ITER: markRange(a + L.Iter.A, a + L.Iter.SIZE); break
      case Kind.GENERATOR:
        markFrame(a + L.Gen.FRAME)
        markRange(a + L.Gen.NAME, a + L.Gen.SIZE)
        break
      case Kind.THREAD:
        markValue(f[a + Thread.EXC_INFO])
        markValue(f[a + Thread.NAME])
        for (let fr = f[a + Thread.FRAME]; fr > 0; fr = f[fr + Frame.PREV]) markFrameAt(fr)
        break
    }
  }

  function markFrame(slot: number): void {
    const fr = f[slot]
    if (fr > 0) markFrameAt(fr)
  }

  function markFrameAt(fr: number): void {
    const info = infos[f[fr + Frame.CODE]]
    markAddr(fr)
    markAddr(f[fr + Frame.GLOBALS])
    if (f[fr + Frame.LOCALS]) markAddr(f[fr + Frame.LOCALS])
    markValue(f[fr + Frame.FUNC])
    markValue(f[fr + Frame.ACTION_ARG])
    if (!info) return
    markRange(fr + info.localsOff, fr + info.stackOff)
    markRange(fr + info.stackOff, f[fr + Frame.SP])
  }

  // sweep: unmarked blocks go back to the free lists
  let freed = 0
  const end = f[Root.BUMP]
  for (let i = 0; i <= MAX_SMALL_BLOCK + 1; i++) f[Root.FREE_LISTS + i] = 0
  for (let a = Root.FIRST_OBJECT; a < end;) {
    const h = i32[a * 2]
    const size = i32[a * 2 + 1]
    if (size <= 0) break
    if (h & MARK) {
      i32[a * 2] = h & ~MARK
    } else {
      if ((h & 0xff) !== Kind.FREE) freed += size
      heap.free(a)
    }
    a += size
  }
  return freed
}
