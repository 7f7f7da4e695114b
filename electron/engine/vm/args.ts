/// Argument parsing for natives: positional and keyword arguments by name,
/// with CPython's messages for builtins.

import { type Runtime, type Kwargs } from './runtime.ts'
import { type Value, UNBOUND } from './value.ts'

/// Parses `args`/`kw` against parameter names. A name ending in `?` is
/// optional (UNBOUND when absent); `*` before a name makes it keyword-only.
export function parseArgs(rt: Runtime, fname: string, args: Value[], kw: Kwargs | null, params: string[]): Value[] {
  const out: Value[] = []
  const names: string[] = []
  const optional: boolean[] = []
  const kwOnly: boolean[] = []
  let kwMode = false
  for (const p of params) {
    if (p === '*') { kwMode = true; continue }
    const opt = p.endsWith('?')
    names.push(opt ? p.slice(0, -1) : p)
    optional.push(opt)
    kwOnly.push(kwMode)
    out.push(UNBOUND)
  }
  const maxPos = kwOnly.filter((k) => !k).length
  if (args.length > maxPos) {
    const minPos = names.filter((_, i) => !kwOnly[i] && !optional[i]).length
    if (minPos === maxPos) throw rt.typeError(`${fname}() takes ${maxPos === 0 ? 'no' : 'exactly ' + maxPos} argument${maxPos === 1 ? '' : 's'} (${args.length} given)`)
    throw rt.typeError(`${fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${args.length} given)`)
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i]
  if (kw) {
    for (let k = 0; k < kw.names.length; k++) {
      const i = names.indexOf(kw.names[k])
      if (i < 0) throw rt.typeError(`${fname}() got an unexpected keyword argument '${kw.names[k]}'`)
      if (out[i] !== UNBOUND) throw rt.typeError(`argument for ${fname}() given by name ('${kw.names[k]}') and position (${i + 1})`)
      out[i] = kw.values[k]
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (out[i] === UNBOUND && !optional[i]) {
      if (kwOnly[i]) throw rt.typeError(`${fname}() missing required keyword-only argument: '${names[i]}'`)
      throw rt.typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`)
    }
  }
  return out
}

/// For natives that take only positional arguments: checks the count.
export function positional(rt: Runtime, fname: string, args: Value[], kw: Kwargs | null, min: number, max: number): void {
  if (kw && kw.names.length) throw rt.typeError(`${fname}() takes no keyword arguments`)
  if (args.length < min || args.length > max) {
    if (min === max) {
      throw rt.typeError(`${fname}() takes ${min === 0 ? 'no arguments' : min === 1 ? 'exactly one argument' : `exactly ${min} arguments`} (${args.length} given)`)
    }
    if (args.length < min) throw rt.typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`)
    throw rt.typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`)
  }
}
