/// The format-spec mini-language (format(v, spec)) against python3: ints,
/// floats and strs across fill/align/sign/z/#/0/width/grouping/precision/type,
/// and CPython 3.11's error messages.

import { test, expect } from 'vitest'
import { CaseTable, assertRow, pyFloat, pyInt, pyStr } from './text/pyOracle.ts'
import { formatInt, formatFloat, formatStr, parseFormatSpec } from '../../electron/engine/runtime/text/format.ts'
import { floatRepr } from '../../electron/engine/runtime/text/float.ts'

const T = new CaseTable()

// ---- ints
const INTS: (number | bigint)[] = [0, 7, -7, 42, 255, -255, 1234567, -1234567, 65, 2 ** 49, 10n ** 20n, -(2n ** 70n), 1000]
const INT_SPECS = [
  '', 'd', '5', '<6', '>6', '^7', '^8', '=8', '+', '-', ' ', '+d', ' 5', '08', '+08', '010,', '09,', '08,', '012_',
  ',', '_', '+,', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_x', '#_x', '_b', '#_b', '#012_b', 'n', '010n',
  '*^12,', '0=10,', 'x=10,', '#^12x', '+#010X', ' #o', '>+10', '=+10', '<+10', '0<6', '0>6', '0^6',
  'e', 'E', '.2e', 'f', '.1f', 'g', 'G', '%', '.2%', ',.2f', '+.3e', '#20_X', '\u00e9^9', '😀>5',
]
for (const n of INTS) {
  for (const spec of INT_SPECS) {
    T.add(() => formatInt(n, spec), `format(${pyInt(n)}, ${pyStr(spec)})`)
  }
}
for (const n of [65, 0x263a, 0x1f600, 0, 0x10ffff]) {
  for (const spec of ['c', '5c', '<3c', '^5c', '05c', '=5c']) T.add(() => formatInt(n, spec), `format(${pyInt(n)}, ${pyStr(spec)})`)
}
const INT_ERRORS = [
  '.2', '.2d', 'z', 'zd', '+c', '#c', ',c', ',x', ',b', ',n', ',s', 's', 'y', 'abc', ',,', '_,', ',_', '__', '5 ',
  '\u00e9', '\x01', '.', '10.', 'F0', '<<<', 'd5',
]
for (const spec of INT_ERRORS) T.add(() => formatInt(5, spec), `format(5, ${pyStr(spec)})`)
T.add(() => formatInt(-1, 'c'), "format(-1, 'c')")
T.add(() => formatInt(0x110000, 'c'), "format(0x110000, 'c')")
T.add(() => formatInt(10n ** 4300n, 'd'), "format(10**4300, 'd')")
T.add(() => formatInt(10n ** 4300n, ''), "format(10**4300, '')")
T.add(() => formatInt(10n ** 4299n, 'x').length, "len(format(10**4299, 'x'))")
T.add(() => formatInt(10n ** 400n, 'e'), "format(10**400, 'e')")
T.add(() => formatInt(1, 'y', 'bool'), "format(True, 'y')")
T.add(() => formatInt(1, '>5', 'bool'), "format(True, '>5')")
T.add(() => formatInt(5, '\u0661\u0660'), "format(5, '\u0661\u0660')")

// ---- floats
const FLOATS = [
  0, -0, 1, -1, 1.5, -1.5, 0.5, 2.5, 2.675, 0.1, 0.30000000000000004, 1e16, 1e15, 123456789012345.0, 1e-5, 0.0001,
  1234.5678, -0.0001, 1e300, 1.5e300, 5e-324, 1.7976931348623157e308, 123.456, 9.999999, 0.000123456, 1e22, 1e21,
  Infinity, -Infinity, NaN, 100, 12345678.9, 0.125, 3.14159,
]
const FLOAT_SPECS = [
  '', '.3', '.0', '.1', '.17', '#', '#.3', '010.3', 'e', 'E', '.2e', '.0e', '#.0e', '.30e', 'f', '.2f', '.0f', '#.0f',
  '.20f', 'F', 'g', 'G', '.3g', '.0g', '#g', '#.3g', '.17g', '%', '.1%', 'n', '.3n', ',', ',.2f', '_.3f', '015,.2f',
  '+', ' ', '+.2f', ' .2e', 'z.2f', 'z', 'z.0f', 'z.3g', '^20.3e', '010', '=+12.3f', '<10g', '*>12,.1f', '012_.1f',
  '0=15,.3f', '08.3%', '-.1f', '#.0%', '+015.4e', '#10.0f', 'x<12.4G', '.5', '.16', ',.0f', '_', '12', '=12',
]
for (const x of FLOATS) {
  for (const spec of FLOAT_SPECS) {
    T.add(() => formatFloat(x, spec), `format(${pyFloat(x)}, ${pyStr(spec)})`, `format(${floatRepr(x)}, '${spec}')`)
  }
}
const FLOAT_ERRORS = ['d', 'x', 'c', 's', 'b', ',n', '_n', ',c', '.', 'abc', '5 ', '+z#0,.2fx', '__', ',_', '.2d', 'y']
for (const spec of FLOAT_ERRORS) T.add(() => formatFloat(1.5, spec), `format(1.5, ${pyStr(spec)})`)

// a few hundred pseudo-random doubles through repr-like and precision formats
let seed = 12345
const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31 }
for (let i = 0; i < 60; i++) {
  const x = (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20)
  for (const spec of ['', '.6g', '.3e', '.4f', '.12g', '#.5g']) {
    T.add(() => formatFloat(x, spec), `format(${pyFloat(x)}, ${pyStr(spec)})`, `format(${x}, '${spec}')`)
  }
}
// exact ties in the binary value: half-even on the exact decimal expansion
for (const x of [0.125, 0.375, 2.5, 3.5, 0.5, 1.5, 1.25, 1.75, 1e23, 4.35, 0.045, 1.0000000000000002]) {
  for (const spec of ['.0f', '.1f', '.2f', '.0e', '.1e', '.2g', '.1g']) {
    T.add(() => formatFloat(x, spec), `format(${pyFloat(x)}, ${pyStr(spec)})`, `format(${x}, '${spec}')`)
  }
}

// ---- strs
const STRS = ['', 'abc', 'h\u00e9llo', '\u{1F600}x', 'abcdefghij', ' ', '\u{1F600}\u{1F601}\u{1F602}']
const STR_SPECS = ['', 's', '5', '>5', '<5', '^6', '^7', '*^7', '.2', '10.3', '<3', '05', '0<5', 'x<4', '\u{1F600}>6', '.0', '^', '>', '12s']
for (const s of STRS) {
  for (const spec of STR_SPECS) T.add(() => formatStr(s, spec), `format(${pyStr(s)}, ${pyStr(spec)})`)
}
const STR_ERRORS = ['+', '-', ' ', 'z', '#', '=5', ',', '_', 'd', 'x', '5d', ',s', 'abc', '.', '+5s', '0=5']
for (const spec of STR_ERRORS) T.add(() => formatStr('ab', spec), `format('ab', ${pyStr(spec)})`)

const rows = T.run()
for (const row of rows) test(row.name, () => assertRow(row))

test('format cases are plentiful', () => expect(rows.length).toBeGreaterThan(400))

test('parseFormatSpec fields', () => {
  const f = parseFormatSpec('*^+z#012,.3f')
  expect(f).toMatchObject({ fill: '*', align: '^', sign: '+', z: true, alt: true, width: 12, grouping: ',', precision: 3, type: 'f' })
  expect(parseFormatSpec('08', 'd', '>')).toMatchObject({ fill: '0', align: '=', width: 8 })
  expect(parseFormatSpec('05', 's', '<')).toMatchObject({ fill: '0', align: '<', width: 5 })
})
