/// Per-worker facts about a code object that the interpreter needs on every
/// call: frame geometry, interned names, materialized constants.

import { type CodeObject, type Const, CodeFlags } from '../compile/chunk.ts'
import { Frame } from './layout.ts'
import { type Runtime } from './runtime.ts'
import { type Value, None, True, False, Ellipsis, UNBOUND } from './value.ts'

export interface CodeInfo {
  readonly id: number
  readonly code: CodeObject
  readonly ops: Int32Array
  readonly nlocals: number
  readonly ncells: number
  readonly nfree: number
  /// Offsets from the frame address.
  readonly localsOff: number
  readonly cellsOff: number
  readonly stackOff: number
  readonly blocksOff: number
  readonly frameSize: number
  readonly names: Value[]
  readonly consts: Value[]
  readonly internal: boolean
  readonly name: Value
  readonly qualname: Value
  /// Interned parameter names, for keyword binding.
  readonly paramNames: Value[]
  /// Per name: where LOAD_GLOBAL found it last (see interp's globalLookup).
  readonly gcache: GlobalCache
  /// Per name: what the last instance's class had under it (LOAD_ATTR,
  /// LOAD_METHOD), valid while the class is the same and no class changed.
  readonly acache: AttrCache
}

export interface AttrCache {
  readonly cls: Float64Array
  readonly version: Float64Array
  readonly value: Float64Array
}

/// An inline cache of global lookups: the entry stays valid while neither
/// the globals' nor the builtins' keys change (Dict.KEYS).
export interface GlobalCache {
  readonly dict: Float64Array
  readonly keys: Float64Array
  readonly bkeys: Float64Array
  readonly entry: Float64Array
  readonly inGlobals: Uint8Array
}

function newGlobalCache(n: number): GlobalCache {
  return { dict: new Float64Array(n), keys: new Float64Array(n), bkeys: new Float64Array(n), entry: new Float64Array(n), inGlobals: new Uint8Array(n) }
}

/// Registers every code object of a compiled module (depth first) under
/// dense ids (the index in `infos`), and returns the module body's info.
/// Ids follow the order modules are loaded in.
///
/// Workers that share a heap share constants: the worker that loads a module
/// first materializes them and hands each to `consts.put`; the others take
/// them in the same order from `consts.take` instead of allocating copies.
export interface ConstStore {
  take?: () => Value
  put?: (v: Value) => void
}

export function registerModuleCode(rt: Runtime, root: CodeObject, infos: CodeInfo[], store?: ConstStore): CodeInfo {
  let n = infos.length
  const byCode = new Map<CodeObject, number>()
  const visit = (c: CodeObject): void => {
    const id = n++
    byCode.set(c, id)
    rt.codes.set(id, c)
    for (const k of c.consts) if (k.kind === 'code') visit(k.code)
  }
  visit(root)
  for (const [c, id] of byCode) infos[id] = makeInfo(rt, id, c, byCode, store)
  return infos[byCode.get(root)!]
}

function makeInfo(rt: Runtime, id: number, c: CodeObject, ids: Map<CodeObject, number>, store?: ConstStore): CodeInfo {
  const nlocals = c.varnames.length
  const ncells = c.cellvars.length
  const nfree = c.freevars.length
  const localsOff = Frame.CELLS
  const cellsOff = localsOff + nlocals
  const stackOff = cellsOff + ncells + nfree
  const blocksOff = stackOff + c.maxStack + 1
  const frameSize = blocksOff + c.maxBlocks * 2 + 2
  const info: CodeInfo = {
    id, code: c, ops: c.code, nlocals, ncells, nfree, localsOff, cellsOff, stackOff, blocksOff, frameSize,
    names: c.names.map((s) => rt.intern(s)),
    consts: [],
    internal: (c.flags & CodeFlags.INTERNAL) !== 0,
    name: rt.intern(c.name),
    qualname: rt.intern(c.qualname),
    paramNames: c.varnames.map((s) => rt.intern(s)),
    gcache: newGlobalCache(c.names.length),
    acache: { cls: new Float64Array(c.names.length), version: new Float64Array(c.names.length).fill(-1), value: new Float64Array(c.names.length) },
  }
  for (const k of c.consts) {
    const v = store?.take ? store.take() : constValue(rt, k, ids)
    store?.put?.(v)
    info.consts.push(v)
  }
  return info
}

function constValue(rt: Runtime, k: Const, ids: Map<CodeObject, number>): Value {
  switch (k.kind) {
    case 'int': return rt.int(k.value)
    case 'float': return rt.newFloat(k.value)
    case 'str': return rt.intern(k.value)
    case 'bool': return k.value ? True : False
    case 'None': return None
    case 'Ellipsis': return Ellipsis
    case 'tuple': return rt.newTuple(k.items.map((x) => constValue(rt, x, ids)))
    case 'code': return ids.get(k.code)! * 8 // a code id, as an int value
  }
  return UNBOUND
}
