/// Binding call arguments to a Python function's parameters, with
/// CPython's error messages.

import { CodeFlags } from '../compile/chunk.ts'
import * as L from './layout.ts'
import { type Runtime, type Kwargs } from './runtime.ts'
import { type Value, None, UNBOUND, addrOf, mkRef } from './value.ts'
import { type CodeInfo } from './code.ts'
import { dictSetName, dictGetName } from './dict.ts'

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`)
  if (q.length === 1) return q[0]
  if (q.length === 2) return `${q[0]} and ${q[1]}`
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`
}

/// Writes args and kw into the new frame's locals (starting at slot `lo`).
export function bindArguments(rt: Runtime, info: CodeInfo, func: number, lo: number, args: Value[], kw: Kwargs | null): void {
  const f = rt.f
  const code = info.code
  const argc = code.argcount
  const kwonly = code.kwonlyargcount
  const hasVarargs = (code.flags & CodeFlags.VARARGS) !== 0
  const hasVarkw = (code.flags & CodeFlags.VARKEYWORDS) !== 0
  const nargs = args.length

  // fast path: exactly the positional parameters, nothing else
  if (nargs === argc && kw === null && !hasVarargs && !hasVarkw && kwonly === 0) {
    for (let i = 0; i < nargs; i++) f[lo + i] = args[i]
    return
  }
  const fname = rt.str(f[func + L.Func.QUALNAME])
  const npos = Math.min(nargs, argc)
  for (let i = 0; i < npos; i++) f[lo + i] = args[i]
  let slot = argc + kwonly
  if (hasVarargs) {
    f[lo + slot] = rt.newTuple(nargs > argc ? args.slice(argc) : [])
    slot++
  } else if (nargs > argc) {
    const defaults = f[func + L.Func.DEFAULTS]
    const ndef = defaults === None ? 0 : f[addrOf(defaults) + L.Tuple.LEN]
    const plural = (n: number) => (n === 1 ? '' : 's')
    const kwGiven = kw ? kw.names.filter((n) => code.varnames.slice(argc, argc + kwonly).includes(n)).length : 0
    const takes = ndef > 0 ? `from ${argc - ndef} to ${argc} positional arguments` : `${argc} positional argument${plural(argc)}`
    const given = kwGiven > 0
      ? `${nargs} positional argument${plural(nargs)} (and ${kwGiven} keyword-only argument${plural(kwGiven)}) were given`
      : `${nargs} ${nargs === 1 ? 'was' : 'were'} given`
    throw rt.typeError(`${fname}() takes ${takes} but ${given}`)
  }
  let kwdict = 0
  if (hasVarkw) {
    kwdict = rt.newDictAddr()
    f[lo + slot] = mkRef(kwdict)
  }
  if (kw !== null) {
    for (let k = 0; k < kw.names.length; k++) {
      const name = kw.names[k]
      let idx = -1
      for (let i = 0; i < argc + kwonly; i++) if (code.varnames[i] === name) { idx = i; break }
      if (idx < 0) {
        if (!hasVarkw) throw rt.typeError(`${fname}() got an unexpected keyword argument '${name}'`)
        const key = rt.intern(name)
        if (dictGetName(rt, kwdict, key) !== UNBOUND) throw rt.typeError(`${fname}() got multiple values for keyword argument '${name}'`)
        dictSetName(rt, kwdict, key, kw.values[k])
        continue
      }
      if (f[lo + idx] !== UNBOUND) throw rt.typeError(`${fname}() got multiple values for argument '${name}'`)
      f[lo + idx] = kw.values[k]
    }
  }
  // defaults for missing positional parameters
  const defaults = f[func + L.Func.DEFAULTS]
  const ndef = defaults === None ? 0 : f[addrOf(defaults) + L.Tuple.LEN]
  const missing: string[] = []
  for (let i = 0; i < argc; i++) {
    if (f[lo + i] !== UNBOUND) continue
    const d = i - (argc - ndef)
    if (d >= 0) f[lo + i] = f[addrOf(defaults) + L.Tuple.SIZE + d]
    else missing.push(code.varnames[i])
  }
  if (missing.length) {
    throw rt.typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`)
  }
  if (kwonly > 0) {
    const kwdefaults = f[func + L.Func.KWDEFAULTS]
    const missingKw: string[] = []
    for (let i = argc; i < argc + kwonly; i++) {
      if (f[lo + i] !== UNBOUND) continue
      const d = kwdefaults === None ? UNBOUND : dictGetName(rt, addrOf(kwdefaults), rt.intern(code.varnames[i]))
      if (d !== UNBOUND) f[lo + i] = d
      else missingKw.push(code.varnames[i])
    }
    if (missingKw.length) {
      throw rt.typeError(`${fname}() missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${quoteList(missingKw)}`)
    }
  }
}
