/// Text formatting that needs the object model: format(v, spec) with
/// `__format__`, the `%` operator on strs, and turning the pure text
/// library's errors into Python exceptions.

import { Kind } from './heap.ts'
import { type Runtime, PyError } from './runtime.ts'
import { T } from './types.ts'
import { type Value, UNBOUND, True, False, addrOf } from './value.ts'
import { userMethod, str, repr } from './protocol.ts'
import { dictGet, isDict } from './dict.ts'
import { formatInt, formatFloat, formatStr } from '../runtime/text/format.ts'
import { percentFormat } from '../runtime/text/printf.ts'
import { PyErrorSpec } from '../runtime/text/errors.ts'

const ERROR_TYPES: Record<string, T> = {
  ValueError: T.ValueError, TypeError: T.TypeError, OverflowError: T.OverflowError,
  ZeroDivisionError: T.ZeroDivisionError, IndexError: T.IndexError, KeyError: T.KeyError,
}

/// Runs a text-library function, turning its PyErrorSpec into a Python exception.
export function guarded<R>(rt: Runtime, fn: () => R): R {
  try {
    return fn()
  } catch (e) {
    if (e instanceof PyErrorSpec) throw rt.error(ERROR_TYPES[e.type] ?? T.ValueError, e.message)
    throw e
  }
}

/// format(v, spec) as a str value.
export function formatValue(rt: Runtime, v: Value, spec: string): Value {
  const m = userMethod(rt, v, '__format__')
  if (m !== UNBOUND) {
    const r = rt.call(m, [v, rt.newStr(spec)], null)
    if (!rt.isStr(r)) throw rt.typeError(`__format__ must return a str, not ${rt.typeName(r)}`)
    return r
  }
  if (spec === '') return rt.isStr(v) ? v : rt.newStr(str(rt, v))
  return rt.newStr(formatText(rt, v, spec))
}

function formatText(rt: Runtime, v: Value, spec: string): string {
  if (v === True || v === False || rt.isIntLike(v)) {
    const n = rt.intValue(v)
    return guarded(rt, () => formatInt(n, spec))
  }
  if (rt.isFloat(v)) return guarded(rt, () => formatFloat(rt.floatOf(v), spec))
  if (rt.isStr(v)) return guarded(rt, () => formatStr(rt.str(v), spec))
  const k = rt.kindOf(v)
  if (k === Kind.INSTANCE || k === Kind.EXCEPTION || k === Kind.LIST || k === Kind.TUPLE || k === Kind.DICT || v === 2) {
    throw rt.typeError(`unsupported format string passed to ${rt.typeName(v)}.__format__`)
  }
  return guarded(rt, () => formatStr(str(rt, v), spec))
}

/// `fmt % args` for a str fmt.
export function percentFormatValue(rt: Runtime, fmt: Value, args: Value): Value {
  const k = rt.kindOf(args)
  const convert = {
    str: (x: unknown) => str(rt, x as Value),
    repr: (x: unknown) => repr(rt, x as Value),
    ascii: (x: unknown) => rt.ascii(repr(rt, x as Value)),
    toInt: (x: unknown) => {
      const v = x as Value
      if (v === True || v === False || rt.isIntLike(v)) return rt.intValue(v)
      if (rt.isFloat(v)) return Math.trunc(rt.floatOf(v))
      return null
    },
    toFloat: (x: unknown) => {
      const v = x as Value
      if (rt.isFloat(v)) return rt.floatOf(v)
      if (v === True || v === False || rt.isIntLike(v)) return Number(rt.intValue(v))
      return null
    },
    typeName: (x: unknown) => rt.typeName(x as Value),
  }
  let argList: unknown
  if (k === Kind.TUPLE) argList = rt.tupleItems(args)
  else if (isDict(rt, args)) {
    const d = addrOf(args)
    argList = {
      get: (key: string) => {
        const v = dictGet(rt, d, rt.newStr(key))
        if (v === UNBOUND) throw new PyError(rt.newException(T.KeyError, [rt.newStr(key)]))
        return v
      },
      single: args,
    }
  } else argList = [args]
  return rt.newStr(guarded(rt, () => percentFormat(rt.str(fmt), argList as never, convert as never)))
}
