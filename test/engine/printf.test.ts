/// printf-style `fmt % args` against python3, with a small model of Python
/// values behind the converter callbacks.

import { test, expect } from 'vitest'
import { CaseTable, assertRow, pyFloat, pyInt, pyStr } from './text/pyOracle.ts'
import { percentFormat, type PercentConverters, type PercentMapping } from '../../electron/engine/runtime/text/printf.ts'
import { PyErrorSpec } from '../../electron/engine/runtime/text/errors.ts'
import { floatRepr } from '../../electron/engine/runtime/text/float.ts'
import { intToString } from '../../electron/engine/runtime/text/int.ts'
import { strRepr, asciiEscape } from '../../electron/engine/runtime/text/repr.ts'

// Python values as tagged JS objects
type V =
  | { k: 'int'; v: number | bigint } | { k: 'float'; v: number } | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean } | { k: 'none' } | { k: 'list'; v: V[] } | { k: 'dict'; v: [string, V][] }

const int = (v: number | bigint): V => ({ k: 'int', v })
const flt = (v: number): V => ({ k: 'float', v })
const str = (v: string): V => ({ k: 'str', v })
const bool = (v: boolean): V => ({ k: 'bool', v })
const none: V = { k: 'none' }
const list = (...v: V[]): V => ({ k: 'list', v })
const dict = (...v: [string, V][]): V => ({ k: 'dict', v })

function pyLit(x: V): string {
  switch (x.k) {
    case 'int': return pyInt(x.v)
    case 'float': return pyFloat(x.v)
    case 'str': return pyStr(x.v)
    case 'bool': return x.v ? 'True' : 'False'
    case 'none': return 'None'
    case 'list': return `[${x.v.map(pyLit).join(', ')}]`
    case 'dict': return `{${x.v.map(([k, v]) => `${pyStr(k)}: ${pyLit(v)}`).join(', ')}}`
  }
}

function toStr(x: V): string {
  switch (x.k) {
    case 'int': return intToString(x.v)
    case 'float': return floatRepr(x.v)
    case 'str': return x.v
    case 'bool': return x.v ? 'True' : 'False'
    case 'none': return 'None'
    case 'list': return `[${x.v.map(toRepr).join(', ')}]`
    case 'dict': return `{${x.v.map(([k, v]) => `${strRepr(k)}: ${toRepr(v)}`).join(', ')}}`
  }
}
const toRepr = (x: V): string => (x.k === 'str' ? strRepr(x.v) : toStr(x))

const cv: PercentConverters = {
  str: (v) => toStr(v as V),
  repr: (v) => toRepr(v as V),
  ascii: (v) => asciiEscape(toRepr(v as V)),
  toInt: (v) => {
    const x = v as V
    if (x.k === 'int') return x.v
    if (x.k === 'bool') return x.v ? 1 : 0
    if (x.k === 'float') return Math.trunc(x.v)
    return null
  },
  toFloat: (v) => {
    const x = v as V
    if (x.k === 'float') return x.v
    if (x.k === 'int') return Number(x.v)
    if (x.k === 'bool') return x.v ? 1 : 0
    return null
  },
  typeName: (v) => (v as V).k === 'none' ? 'NoneType' : (v as V).k,
  toIndex: (v) => {
    const x = v as V
    if (x.k === 'int') return x.v
    if (x.k === 'bool') return x.v ? 1 : 0
    return null
  },
  asStr: (v) => ((v as V).k === 'str' ? (v as { v: string }).v : null),
}

/// The right operand as the VM would pass it.
function operand(x: V): V[] | PercentMapping {
  if (x.k === 'dict' || x.k === 'list') {
    return {
      get: (key: string) => {
        if (x.k === 'list') throw new PyErrorSpec('TypeError', 'list indices must be integers or slices, not str')
        const e = x.v.find(([k]) => k === key)
        if (!e) throw new PyErrorSpec('KeyError', strRepr(key))
        return e[1]
      },
      single: x,
    }
  }
  return [x]
}

const T = new CaseTable()
const add = (fmt: string, args: V | V[]) => {
  const py = Array.isArray(args) ? `(${args.map(pyLit).join(', ')}${args.length === 1 ? ',' : ''})` : pyLit(args)
  T.add(() => percentFormat(fmt, Array.isArray(args) ? args : operand(args), cv), `${pyStr(fmt)} % ${py}`)
}

// one value through many conversions
const VALUES: V[] = [int(0), int(42), int(-42), int(255), int(10n ** 20n), int(-(2n ** 70n)), flt(3.14159), flt(-2.5), flt(0.5),
  flt(1e20), flt(-0.0), flt(1e-7), flt(Infinity), flt(NaN), bool(true), str('abc'), str('h\u00e9\u{1F600}'), none, list(int(1), str('x'))]
const SPECS = ['%s', '%r', '%a', '%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%e', '%E', '%f', '%F', '%g', '%G',
  '%c', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%.3d', '%8.3f', '%-8.2e|', '%+.2f', '% .3g', '%010.2f', '%#.0f',
  '%#g', '%.0e', '%#8x', '%#08x', '%-#8o|', '%+#x', '%10s|', '%-10r|', '%.2s', '%.1r', '%5.1s|', '%ld', '%hd', '%Lf', '%-05d|', '% 5d', '%.10g', '%.20f']
for (const v of VALUES) for (const spec of SPECS) add(spec, [v])

// argument counting, mappings and errors
add('%s %s', [int(1), int(2)])
add('%s %s', [int(1)])
add('%s', [int(1), int(2)])
add('%s %s', int(5))
add('hello', int(5))
add('hello', [])
add('hello', list(int(1)))
add('hello', dict(['a', int(1)]))
add('%s', dict(['a', int(1)]))
add('%s', list(int(1), int(2)))
add('%(a)s and %(b)r', dict(['a', int(1)], ['b', str('x')]))
add('%(a)s %s', dict(['a', int(1)]))
add('%(a)s', dict())
add('%(a)s', [int(1)])
add('%(a', dict(['a', int(1)]))
add('%(a)', dict(['a', int(1)]))
add('%((a))s', dict(['(a)', int(7)]))
add('%(a)*d', dict(['a', int(1)]))
add('%(x)05.1f|%(x)-8s|', dict(['x', flt(2.25)]))
add('%', [])
add('abc%', [int(1)])
add('%5%', [])
add('%5%', [int(1)])
add('%%', [])
add('100%% %s', [str('sure')])
add('%y', [int(1)])
add('%y', [])
add('ab%\u00e9', [int(1)])
add('\u{1F600}%y', [int(1)])
add('%\x01', [int(1)])
add('%-', [int(1)])
add('%5', [int(1)])
add('%.', [int(1)])
add('%*d', [int(5), int(42)])
add('%-*d|', [int(5), int(42)])
add('%*d|', [int(-5), int(42)])
add('%.*f', [int(2), flt(3.14159)])
add('%.*f', [int(-2), flt(3.14159)])
add('%*.*f|', [int(10), int(3), flt(2.5)])
add('%*d', [flt(5), int(42)])
add('%*d', [int(5)])
add('%d', [str('x')])
add('%d', [none])
add('%x', [flt(3)])
add('%x', [str('x')])
add('%f', [str('x')])
add('%e', [none])
add('%c', [str('ab')])
add('%c', [str('')])
add('%c', [int(-1)])
add('%c', [int(0x110000)])
add('%c', [flt(65)])
add('%c', [int(0x1f600)])
add('%5c|%-5c|', [str('x'), int(65)])
add('%d', [flt(NaN)])
add('%d', [flt(Infinity)])
add('%d', [flt(-3.99)])
add('%d', [flt(1e300)])
add('%x', [int(-255)])
add('%#X', [int(-255)])
add('%#5o|', [int(8)])
add('%d', [int(10n ** 4300n)])
add('%x', [int(10n ** 100n)])
add('%s', [int(10n ** 4300n)])
add('%.500f', [flt(0.1)])
add('%r %a', [str("it's"), str('\u00e9\u{1F600}\n')])
add('%s|%s', [str('\u{1F600}'), str('x')])
add('%3s|%-3s|%.1s', [str('\u{1F600}'), str('\u{1F600}'), str('\u{1F600}\u{1F601}')])
add('%(\u00e9)s', dict(['\u00e9', int(1)]))
add('%s %(a)s', dict(['a', int(1)]))

const rows = T.run()
for (const row of rows) test(row.name, () => assertRow(row))

test('printf cases are plentiful', () => expect(rows.length).toBeGreaterThan(400))
