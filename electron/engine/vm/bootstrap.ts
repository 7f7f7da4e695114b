/// Making a fresh kitchen heap (the builtin classes, the builtins module,
/// the module table) and registering this worker's natives. Every worker
/// registers the same natives in the same order, so native values agree.

import { Root, Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { T, TYPE_SPECS } from './types.ts'
import { type Value, None, True, False, Ellipsis, NotImplemented, addrOf, mkRef } from './value.ts'
import { dictSetName } from './dict.ts'
import { newClass } from './classes.ts'
import { builtinFunctions } from './builtins.ts'
import { builtinConstructors } from './ctors.ts'
import { builtinMethods, CLASS_METHODS } from './methods.ts'
import { strMethods } from './strmethods.ts'

/// What a worker's native registration produced.
export interface NativeTables {
  readonly functions: Map<string, Value>
  readonly constructors: Map<T, Value>
  readonly methods: Map<T, Map<string, Value>>
}

/// Registers every builtin native of this worker, in a fixed order.
export function registerNatives(rt: Runtime, write: (text: string, toStderr: boolean) => void): NativeTables {
  const functions = builtinFunctions(rt, write)
  const constructors = builtinConstructors(rt)
  const methods = builtinMethods(rt)
  methods.set(T.str, strMethods(rt))
  return { functions, constructors, methods }
}

/// Fills a fresh heap with the builtin classes and the builtins module.
export function createWorld(rt: Runtime, tables: NativeTables): void {
  const f = rt.f
  f[Root.INTERN] = mkRef(rt.newDictAddr())
  f[Root.MODULES] = mkRef(rt.newDictAddr())
  f[Root.THREADS] = rt.newList([])
  const classes: number[] = []
  for (const spec of TYPE_SPECS) {
    const dict = rt.newDictAddr()
    for (const [name, fn] of tables.methods.get(spec.id) ?? []) {
      let v = fn
      if (CLASS_METHODS.has(`${spec.name}.${name}`)) {
        const a = rt.heap.alloc(Kind.CLASSMETHOD, L.Wrapper.SIZE)
        f[a + L.Wrapper.FUNC] = fn
        v = mkRef(a)
      }
      dictSetName(rt, dict, rt.intern(name), v)
    }
    const bases = spec.base === null ? [] : [classes[spec.base]]
    let flags = L.ClassFlags.BUILTIN
    if (!spec.subclassable) flags |= L.ClassFlags.FINAL
    if (spec.id === T.BaseException) flags |= L.ClassFlags.EXCEPTION
    classes.push(newClass(rt, spec.name, spec.name, bases, dict, flags, rt.intern(spec.module ?? 'builtins')))
  }
  f[Root.TYPES] = rt.newTuple(classes.map(mkRef))
  const builtins = rt.newDictAddr()
  f[Root.BUILTINS] = mkRef(builtins)
  for (const spec of TYPE_SPECS) {
    if (HIDDEN.has(spec.id)) continue
    dictSetName(rt, builtins, rt.intern(spec.name), mkRef(classes[spec.id]))
  }
  for (const [name, fn] of tables.functions) dictSetName(rt, builtins, rt.intern(name), fn)
  dictSetName(rt, builtins, rt.intern('None'), None)
  dictSetName(rt, builtins, rt.intern('True'), True)
  dictSetName(rt, builtins, rt.intern('False'), False)
  dictSetName(rt, builtins, rt.intern('Ellipsis'), Ellipsis)
  dictSetName(rt, builtins, rt.intern('NotImplemented'), NotImplemented)
  dictSetName(rt, builtins, rt.intern('__name__'), rt.intern('builtins'))
}

/// Builtin classes that have no name in the builtins module.
const HIDDEN = new Set<T>([
  T.list_iterator, T.tuple_iterator, T.range_iterator, T.str_iterator, T.dict_keyiterator, T.dict_valueiterator,
  T.dict_itemiterator, T.set_iterator, T.list_reverseiterator, T.callable_iterator, T.dict_keys, T.dict_values,
  T.dict_items, T.lock, T.NoneType, T.NotImplementedType, T.ellipsis, T.function, T.builtin_function, T.method,
  T.module, T.generator, T.cell, T.KitchenError,
])

/// Connects this worker's tables to a heap made by createWorld.
export function attachWorld(rt: Runtime, tables: NativeTables): void {
  rt.loadTypes()
  for (const [t, fn] of tables.constructors) rt.constructors.set(rt.cls(t), fn)
}

export { addrOf }

/// A new module object named `name`, entered in the module table, with its
/// dict (holding `__name__`).
export function newModule(rt: Runtime, name: string): { value: Value; dict: number } {
  const modules = addrOf(rt.f[Root.MODULES])
  const dict = rt.newDictAddr()
  dictSetName(rt, dict, rt.intern('__name__'), rt.intern(name))
  const a = rt.heap.alloc(15 /* Kind.MODULE */, L.Module_.SIZE)
  rt.f[a + L.Module_.NAME] = rt.intern(name)
  rt.f[a + L.Module_.DICT] = mkRef(dict)
  dictSetName(rt, modules, rt.intern(name), mkRef(a))
  return { value: mkRef(a), dict }
}
