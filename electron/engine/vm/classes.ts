/// Class objects: creating them from a class body, the MRO, and the
/// builtin classes' bootstrap.

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, UNBOUND, addrOf, mkRef } from './value.ts'
import { dictGetName, dictSetName, dictDel } from './dict.ts'
import type { Interp } from './interp.ts'

/// C3 linearization of a new class with the given bases (addresses).
function computeMro(rt: Runtime, cls: number, bases: number[]): Value[] {
  const seqs = bases.map((b) => rt.tupleItems(rt.f[b + L.Class.MRO]))
  seqs.push(bases.map(mkRef))
  const out: Value[] = [mkRef(cls)]
  for (;;) {
    const live = seqs.filter((s) => s.length > 0)
    if (live.length === 0) return out
    let pick: Value = UNBOUND
    for (const s of live) {
      const head = s[0]
      if (!live.some((t) => t.indexOf(head) > 0)) { pick = head; break }
    }
    if (pick === UNBOUND) {
      throw rt.typeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => rt.className(b)).join(', ')}`)
    }
    out.push(pick)
    for (const s of live) if (s[0] === pick) s.shift()
  }
}

/// A new class object. `dict` is the namespace dict's address.
export function newClass(rt: Runtime, name: string, qualname: string, bases: number[], dict: number, flags: number, module: Value): number {
  const a = rt.heap.alloc(Kind.CLASS, L.Class.SIZE)
  const f = rt.f
  f[a + L.Class.NAME] = rt.intern(name)
  f[a + L.Class.QUALNAME] = rt.intern(qualname)
  f[a + L.Class.BASES] = rt.newTuple(bases.map(mkRef))
  f[a + L.Class.DICT] = mkRef(dict)
  let fl = flags
  for (const b of bases) fl |= f[b + L.Class.FLAGS] & L.ClassFlags.EXCEPTION
  f[a + L.Class.FLAGS] = fl
  f[a + L.Class.MODULE] = module
  f[a + L.Class.MRO] = rt.newTuple(computeMro(rt, a, bases))
  return a
}

/// BUILD_CLASS: runs the body with a fresh namespace and makes the class.
export function makeClass(rt: Runtime, interp: Interp, body: Value, name: Value, bases: Value[], globals: number): Value {
  const f = rt.f
  const baseAddrs: number[] = []
  for (const b of bases) {
    if (rt.kindOf(b) !== Kind.CLASS) throw rt.typeError('bases must be types')
    const ba = addrOf(b)
    const fl = f[ba + L.Class.FLAGS]
    if (fl & L.ClassFlags.FINAL) throw rt.typeError(`type '${rt.className(ba)}' is not an acceptable base type`)
    if ((fl & L.ClassFlags.BUILTIN) && !(fl & L.ClassFlags.EXCEPTION) && ba !== rt.cls(T.object)) {
      throw rt.error(T.NotImplementedError, `subclassing '${rt.className(ba)}' is not supported in the kitchen`)
    }
    baseAddrs.push(ba)
  }
  if (baseAddrs.length === 0) baseAddrs.push(rt.cls(T.object))
  const ns = rt.newDictAddr()
  const fa = addrOf(body)
  const info = interp.info(f[fa + L.Func.CODE])
  const fr = interp.newFrame(info, f[fa + L.Func.GLOBALS] || globals, ns, body, interp.currentFrame())
  interp.runNestedFrame(fr)
  const qualnameV = dictGetName(rt, ns, rt.intern('__qualname__'))
  const qualname = qualnameV === UNBOUND ? rt.str(name) : rt.str(qualnameV)
  if (qualnameV !== UNBOUND) dictDel(rt, ns, rt.intern('__qualname__'))
  const moduleV = dictGetName(rt, ns, rt.intern('__module__'))
  // as type() does: a class that defines __eq__ and not __hash__ is unhashable
  if (dictGetName(rt, ns, rt.intern('__eq__')) !== UNBOUND && dictGetName(rt, ns, rt.intern('__hash__')) === UNBOUND) {
    dictSetName(rt, ns, rt.intern('__hash__'), None)
  }
  const cls = newClass(rt, rt.str(name), qualname, baseAddrs, ns, L.ClassFlags.HEAPTYPE, moduleV === UNBOUND ? None : moduleV)
  const cell = dictGetName(rt, ns, rt.intern('__classcell__'))
  if (cell !== UNBOUND) {
    f[addrOf(cell) + L.Cell.VALUE] = mkRef(cls)
    dictDel(rt, ns, rt.intern('__classcell__'))
  }
  return mkRef(cls)
}
