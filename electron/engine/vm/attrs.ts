/// Attribute access: instance dicts, class MROs, descriptors (functions
/// become bound methods, property, staticmethod, classmethod), modules.

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, True, False, UNBOUND, NULL, TAG_INT, TAG_REF, TAG_NATIVE, addrOf, mkRef, mkInt } from './value.ts'
import { dictGetName, dictSetName, dictDel, dictNames } from './dict.ts'
import { suggestName } from './suggest.ts'
import { lookupType } from './protocol.ts'
import { toArray as iterableToArray } from './iter.ts'

export function newBoundMethod(rt: Runtime, fn: Value, self: Value): Value {
  const a = rt.heap.alloc(Kind.BOUND_METHOD, L.Method.SIZE)
  rt.f[a + L.Method.FUNC] = fn
  rt.f[a + L.Method.SELF] = self
  return mkRef(a)
}

/// The instance dict's address of v, or 0 if v has none (yet).
export function instanceDict(rt: Runtime, v: Value, create: boolean): number {
  if ((v & 7) !== TAG_REF) return 0
  const a = addrOf(v)
  const f = rt.f
  let slot: number
  switch (rt.heap.kind(a)) {
    case Kind.INSTANCE: slot = a + L.Instance.DICT; break
    case Kind.EXCEPTION: slot = a + L.Exc.DICT; break
    case Kind.FUNCTION: slot = a + L.Func.DICT; break
    case Kind.MODULE: return addrOf(f[a + L.Module_.DICT])
    case Kind.CLASS: return addrOf(f[a + L.Class.DICT])
    default: return 0
  }
  if (f[slot] === None || f[slot] === 0) {
    if (!create) return 0
    f[slot] = mkRef(rt.newDictAddr())
  }
  return addrOf(f[slot])
}

/// Applies a class attribute's descriptor behaviour for an instance access.
function bindFromType(rt: Runtime, attr: Value, obj: Value, cls: number): Value {
  const t = attr & 7
  if (t === TAG_NATIVE) return newBoundMethod(rt, attr, obj)
  if (t !== TAG_REF) return attr
  const a = addrOf(attr)
  switch (rt.heap.kind(a)) {
    case Kind.FUNCTION: return newBoundMethod(rt, attr, obj)
    case Kind.STATICMETHOD: return rt.f[a + L.Wrapper.FUNC]
    case Kind.CLASSMETHOD: return newBoundMethod(rt, rt.f[a + L.Wrapper.FUNC], mkRef(cls))
    case Kind.PROPERTY: {
      const get = rt.f[a + L.Prop.FGET]
      if (get === None) throw rt.error(T.AttributeError, `property of '${rt.className(cls)}' object has no getter`)
      return rt.call(get, [obj], null)
    }
  }
  return attr
}

function attrError(rt: Runtime, obj: Value, name: string): never {
  const k = rt.kindOf(obj)
  const err = k === Kind.MODULE ? rt.error(T.AttributeError, `module '${rt.str(rt.f[addrOf(obj) + L.Module_.NAME])}' has no attribute '${name}'`)
    : k === Kind.CLASS ? rt.error(T.AttributeError, `type object '${rt.className(addrOf(obj))}' has no attribute '${name}'`)
      : rt.error(T.AttributeError, `'${rt.typeName(obj)}' object has no attribute '${name}'`)
  const suggestion = suggestName(name, dirNames(rt, obj))
  if (suggestion !== null) rt.f[addrOf(err.exc) + L.Exc.SUGGEST] = rt.newStr(suggestion)
  throw err
}

/// What dir(obj) lists, sorted: the object's own names, then its class's
/// along the MRO (a class's own MRO), as CPython's suggestions search them.
function dirNames(rt: Runtime, obj: Value): string[] {
  const names = new Set<string>()
  const add = (d: number): void => { if (d) for (const n of dictNames(rt, d)) names.add(n) }
  const kind = rt.kindOf(obj)
  if (kind === Kind.MODULE) add(instanceDict(rt, obj, false))
  else {
    if (kind !== Kind.CLASS) add(instanceDict(rt, obj, false))
    const cls = kind === Kind.CLASS ? addrOf(obj) : rt.typeOf(obj)
    for (const c of rt.tupleItems(rt.f[cls + L.Class.MRO])) add(addrOf(rt.f[addrOf(c) + L.Class.DICT]))
  }
  return [...names].sort()
}

/// obj.name; UNBOUND instead of AttributeError when `soft`.
export function getAttr(rt: Runtime, obj: Value, name: Value, soft = false): Value {
  const f = rt.f
  const kind = rt.kindOf(obj)
  if (kind === Kind.CLASS) {
    const cls = addrOf(obj)
    const v = lookupType(rt, cls, name)
    if (v !== UNBOUND) {
      const k = rt.kindOf(v)
      if (k === Kind.STATICMETHOD) return f[addrOf(v) + L.Wrapper.FUNC]
      if (k === Kind.CLASSMETHOD) return newBoundMethod(rt, f[addrOf(v) + L.Wrapper.FUNC], obj)
      return v
    }
    const special = classSpecial(rt, cls, rt.str(name))
    if (special !== UNBOUND) return special
    if (soft) return UNBOUND
    attrError(rt, obj, rt.str(name))
  }
  if (kind === Kind.MODULE) {
    const v = dictGetName(rt, addrOf(f[addrOf(obj) + L.Module_.DICT]), name)
    if (v !== UNBOUND) return v
    if (rt.str(name) === '__name__') return f[addrOf(obj) + L.Module_.NAME]
    if (soft) return UNBOUND
    attrError(rt, obj, rt.str(name))
  }
  if (kind === Kind.SUPER) return superAttr(rt, obj, name, soft)
  const cls = rt.typeOf(obj)
  const attr = lookupType(rt, cls, name)
  if (attr !== UNBOUND && rt.kindOf(attr) === Kind.PROPERTY) return bindFromType(rt, attr, obj, cls)
  const d = instanceDict(rt, obj, false)
  if (d !== 0) {
    const v = dictGetName(rt, d, name)
    if (v !== UNBOUND) return v
  }
  if (attr !== UNBOUND) return bindFromType(rt, attr, obj, cls)
  const special = objectSpecial(rt, obj, kind, rt.str(name))
  if (special !== UNBOUND) return special
  if (soft) return UNBOUND
  attrError(rt, obj, rt.str(name))
}

/// super().name: the MRO of the object's class, after the given class.
function superAttr(rt: Runtime, sup: Value, name: Value, soft: boolean): Value {
  const f = rt.f
  const a = addrOf(sup)
  const type = addrOf(f[a + L.Super.TYPE])
  const self = f[a + L.Super.OBJ]
  const isClass = rt.kindOf(self) === Kind.CLASS
  const start = isClass ? addrOf(self) : rt.typeOf(self)
  const mro = rt.tupleItems(f[start + L.Class.MRO])
  let i = mro.indexOf(mkRef(type)) + 1
  for (; i > 0 && i < mro.length; i++) {
    const c = addrOf(mro[i])
    const v = dictGetName(rt, addrOf(f[c + L.Class.DICT]), name)
    if (v === UNBOUND) continue
    if (isClass) {
      const k = rt.kindOf(v)
      if (k === Kind.CLASSMETHOD) return newBoundMethod(rt, f[addrOf(v) + L.Wrapper.FUNC], self)
      if (k === Kind.STATICMETHOD) return f[addrOf(v) + L.Wrapper.FUNC]
      return v
    }
    return bindFromType(rt, v, self, start)
  }
  if (soft) return UNBOUND
  throw rt.error(T.AttributeError, `'super' object has no attribute '${rt.str(name)}'`)
}

function classSpecial(rt: Runtime, cls: number, name: string): Value {
  const f = rt.f
  switch (name) {
    case '__name__': return f[cls + L.Class.NAME]
    case '__qualname__': return f[cls + L.Class.QUALNAME]
    case '__mro__': return f[cls + L.Class.MRO]
    case '__bases__': return f[cls + L.Class.BASES]
    case '__base__': {
      const b = rt.tupleItems(f[cls + L.Class.BASES])
      return b.length ? b[0] : None
    }
    case '__module__': return f[cls + L.Class.MODULE]
    case '__class__': return rt.clsValue(T.type)
    case '__doc__': return None
    case '__dict__': return f[cls + L.Class.DICT]
  }
  return UNBOUND
}

function objectSpecial(rt: Runtime, obj: Value, kind: Kind, name: string): Value {
  const f = rt.f
  if (name === '__class__') return mkRef(rt.typeOf(obj))
  if ((obj & 7) === TAG_INT || obj === True || obj === False) {
    // int's numeric attributes; bool's are ints (True.real is 1)
    if (name === 'real' || name === 'numerator') return obj === True ? mkInt(1) : obj === False ? mkInt(0) : obj
    if (name === 'imag') return mkInt(0)
    if (name === 'denominator') return mkInt(1)
    return UNBOUND
  }
  if ((obj & 7) !== TAG_REF) return UNBOUND
  const a = addrOf(obj)
  switch (kind) {
    case Kind.EXCEPTION:
      switch (name) {
        case 'args': return f[a + L.Exc.ARGS]
        case '__traceback__': return None
        case '__cause__': return f[a + L.Exc.CAUSE]
        case '__context__': return f[a + L.Exc.CONTEXT]
        case '__suppress_context__': return f[a + L.Exc.SUPPRESS]
        case '__dict__': return mkRef(instanceDict(rt, obj, true))
      }
      break
    case Kind.INSTANCE:
      if (name === '__dict__') return mkRef(instanceDict(rt, obj, true))
      break
    case Kind.FUNCTION:
      switch (name) {
        case '__name__': return f[a + L.Func.NAME]
        case '__qualname__': return f[a + L.Func.QUALNAME]
        case '__module__': return f[a + L.Func.MODULE]
        case '__doc__': return None
        case '__defaults__': return f[a + L.Func.DEFAULTS]
      }
      break
    case Kind.BOUND_METHOD:
      if (name === '__self__') return f[a + L.Method.SELF]
      if (name === '__func__') return f[a + L.Method.FUNC]
      if (name === '__name__') return getAttr(rt, f[a + L.Method.FUNC], rt.intern('__name__'))
      break
    case Kind.RANGE:
      if (name === 'start') return f[a + L.Range.START]
      if (name === 'stop') return f[a + L.Range.STOP]
      if (name === 'step') return f[a + L.Range.STEP]
      break
    case Kind.SLICE:
      if (name === 'start') return f[a + L.Slice.START]
      if (name === 'stop') return f[a + L.Slice.STOP]
      if (name === 'step') return f[a + L.Slice.STEP]
      break
    case Kind.PROPERTY:
      if (name === 'fget') return f[a + L.Prop.FGET]
      if (name === 'fset') return f[a + L.Prop.FSET]
      break
    case Kind.GENERATOR:
      if (name === '__name__') return f[a + L.Gen.NAME]
      break
    case Kind.FLOAT:
      if (name === 'real') return obj
      if (name === 'imag') return rt.newFloat(0)
      break
  }
  if (name === '__name__' && (obj & 7) === TAG_NATIVE) return rt.newStr(rt.nativeOf(obj).name)
  if (kind === Kind.BIGINT) {
    if (name === 'real' || name === 'numerator') return obj
    if (name === 'imag') return mkInt(0)
    if (name === 'denominator') return mkInt(1)
  }
  return UNBOUND
}

/// obj.name = value
export function setAttr(rt: Runtime, obj: Value, name: Value, value: Value): void {
  const kind = rt.kindOf(obj)
  if (kind === Kind.CLASS) {
    const cls = addrOf(obj)
    if (rt.f[cls + L.Class.FLAGS] & L.ClassFlags.BUILTIN) {
      throw rt.typeError(`cannot set '${rt.str(name)}' attribute of immutable type '${rt.className(cls)}'`)
    }
    dictSetName(rt, addrOf(rt.f[cls + L.Class.DICT]), name, value)
    rt.typeVersion++
    return
  }
  const cls = rt.typeOf(obj)
  const attr = lookupType(rt, cls, name)
  if (attr !== UNBOUND && rt.kindOf(attr) === Kind.PROPERTY) {
    const set = rt.f[addrOf(attr) + L.Prop.FSET]
    if (set === None) throw rt.error(T.AttributeError, `property '${rt.str(name)}' of '${rt.className(cls)}' object has no setter`)
    rt.call(set, [obj, value], null)
    return
  }
  if (kind === Kind.EXCEPTION) {
    const n = rt.str(name)
    const a = addrOf(obj)
    if (n === 'args') { rt.f[a + L.Exc.ARGS] = rt.newTuple(iterableToArray(rt, value)); return }
    if (n === '__cause__') { rt.f[a + L.Exc.CAUSE] = value; rt.f[a + L.Exc.SUPPRESS] = 18; return }
    if (n === '__context__') { rt.f[a + L.Exc.CONTEXT] = value; return }
    if (n === '__traceback__') return
  }
  const d = instanceDict(rt, obj, true)
  if (d === 0) {
    if (attr !== UNBOUND) throw rt.error(T.AttributeError, `'${rt.typeName(obj)}' object attribute '${rt.str(name)}' is read-only`)
    throw rt.error(T.AttributeError, `'${rt.typeName(obj)}' object has no attribute '${rt.str(name)}'`)
  }
  dictSetName(rt, d, name, value)
}

export function delAttr(rt: Runtime, obj: Value, name: Value): void {
  if (rt.kindOf(obj) === Kind.CLASS) rt.typeVersion++
  const d = instanceDict(rt, obj, false)
  if (d !== 0 && dictDel(rt, d, name) !== UNBOUND) return
  if (rt.kindOf(obj) === Kind.CLASS) throw rt.error(T.AttributeError, `type object '${rt.className(addrOf(obj))}' has no attribute '${rt.str(name)}'`)
  throw rt.error(T.AttributeError, `'${rt.typeName(obj)}' object has no attribute '${rt.str(name)}'`)
}

/// LOAD_METHOD: [method, self] when the attribute is a plain function or
/// builtin method on the type (no bound method allocated), else [NULL, attr].
export function loadMethod(rt: Runtime, obj: Value, name: Value, out: Value[]): void {
  const kind = rt.kindOf(obj)
  if (kind !== Kind.CLASS && kind !== Kind.MODULE && kind !== Kind.SUPER) {
    const cls = rt.typeOf(obj)
    const attr = lookupType(rt, cls, name)
    if (attr !== UNBOUND) {
      const t = attr & 7
      const isPlain = t === TAG_NATIVE || (t === TAG_REF && rt.heap.kind(addrOf(attr)) === Kind.FUNCTION)
      if (isPlain) {
        const d = instanceDict(rt, obj, false)
        if (d === 0 || dictGetName(rt, d, name) === UNBOUND) {
          out[0] = attr
          out[1] = obj
          return
        }
      }
    }
  }
  out[0] = NULL
  out[1] = getAttr(rt, obj, name)
}

