/// Float and int text conversions, rounding, arithmetic corner cases and
/// hashing against python3.

import { test, expect } from 'vitest'
import { CaseTable, assertRow, pyFloat, pyInt, pyStr } from './text/pyOracle.ts'
import {
  floatRepr, parseFloat, roundFloat, roundToInt, floatToIntExact, floatFloor, floatCeil,
  floatIsInteger, floatAsIntegerRatio, floatHex,
} from '../../electron/engine/runtime/text/float.ts'
import {
  parseInt, intToString, normInt, intHash, floatHash, floorDiv, mod, divmod, intTrueDiv, intPow, intPowMod,
  floatPow, floatTrueDiv, floatMod, floatFloorDiv, floatDivmod, lshift, rshift, bitAnd, bitOr, bitXor,
  bitInvert, intBitLength, intAdd, intSub, intMul, intNeg, intToFloat,
} from '../../electron/engine/runtime/text/int.ts'

const T = new CaseTable()
const F = (x: number) => pyFloat(x)
const I = (n: number | bigint) => pyInt(n)

// ---- floatRepr: fixed values and random bit patterns
const REPRS = [
  0, -0, 1, -1, 0.1, 0.30000000000000004, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.00012345, 123456789012345.0,
  1234567890123456.0, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, Infinity, -Infinity, NaN,
  1 / 3, 2 / 3, 100, 1e22, 1e23, 2 ** 53, 2 ** 53 + 2, 0.5, 123.456, -9.87654321e-7,
]
for (const x of REPRS) T.add(() => floatRepr(x), `repr(${F(x)})`, `repr(${x})`)
let seed = 987654321n
const nextBits = () => { seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return seed }
const view = new DataView(new ArrayBuffer(8))
for (let i = 0; i < 150; i++) {
  view.setBigUint64(0, nextBits())
  const x = view.getFloat64(0)
  T.add(() => floatRepr(x), `repr(${F(x)})`)
}
for (let i = 0; i < 40; i++) {
  view.setBigUint64(0, nextBits())
  const x = view.getFloat64(0)
  T.add(() => floatHex(x), `${F(x)}.hex()`)
  T.add(() => floatHash(x), `hash(${F(x)})`)
}

for (const x of [0, -0, 1, -1, 5e-324, 2.2250738585072014e-308, 0.1, 1e300, Infinity, -Infinity, NaN]) {
  T.add(() => floatHex(x), `${F(x)}.hex()`, `(${x}).hex()`)
  T.add(() => floatHash(x), `hash(${F(x)}) if ${F(x)} == ${F(x)} else 0`, `hash(${x})`)
}

// ---- parseFloat
const FLOAT_STRS = [
  '1', '1.5', '  -2.5  ', '+3', '.5', '5.', '1e5', '1E-5', '1_000.5', '1_0e1_0', '\t\n1.0\r\n', 'inf', '-inf', '+Infinity',
  'iNfInItY', 'nan', '-NaN', 'infinit', '', ' ', 'x', '1_', '_1', '1__0', '1_.5', '1._5', '1e', 'e5', '1.5.5', '- 1',
  '0x10', '1e500', '-1e500', '1e-500', '١٢٫٣', '١٢.٣', '\u00a01.5\u2003', '1\x1c', '\x1c1', '1\x00', '12345678901234567890',
  '0.1e-310', '+.5e+3', '-0', '-0.0', '00012', 'x'.repeat(250), '1 2', '∞', 'nan(123)',
]
for (const s of FLOAT_STRS) T.add(() => parseFloat(s), `float(${pyStr(s)})`)

// ---- roundFloat / roundToInt / int()
const ROUNDS: [number, number][] = [
  [2.675, 2], [0.5, 0], [1.5, 0], [2.5, 0], [-0.5, 0], [-2.5, 0], [0.125, 2], [0.375, 2], [1234.5678, -2], [1250, -2],
  [1350, -2], [-0.4, 0], [5e-324, 320], [5e-324, 323], [1.7976931348623157e308, -308], [1.5e308, -308], [123.456, 400],
  [123.456, -400], [-123.456, -400], [Infinity, 2], [NaN, 2], [0.1, 1], [0.15, 1], [0.25, 1], [0.35, 1], [1e300, -299],
  [-0.0, 3], [2.5e-8, 8], [99.995, 2], [1.0000000000000002, 15], [1.0000000000000002, 16], [4.35, 1], [0.045, 2],
]
for (const [x, n] of ROUNDS) T.add(() => roundFloat(x, n), `round(${F(x)}, ${n})`, `round(${x}, ${n})`)
const TO_INT = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.9, -3.9, 0.49999999999999994, 1e20, -1e20, 1.5e300, 2 ** 52 + 1, NaN, Infinity, -Infinity, -0.0, 4503599627370495.5]
for (const x of TO_INT) {
  T.add(() => roundToInt(x), `round(${F(x)})`, `round(${x})`)
  T.add(() => floatToIntExact(x), `int(${F(x)})`, `int(${x})`)
  T.add(() => floatFloor(x), `math.floor(${F(x)})`, `floor(${x})`)
  T.add(() => floatCeil(x), `math.ceil(${F(x)})`, `ceil(${x})`)
}
for (const x of [0.5, -0.75, 3.0, 1e300, 5e-324, Infinity, NaN, -0.0]) {
  T.add(() => floatAsIntegerRatio(x), `${F(x)}.as_integer_ratio()`, `(${x}).as_integer_ratio()`)
  T.add(() => floatIsInteger(x), `${F(x)}.is_integer()`, `(${x}).is_integer()`)
}

// ---- parseInt
const INT_STRS: [string, number][] = [
  ['0', 10], ['42', 10], ['  -42  ', 10], ['+7', 10], ['1_000_000', 10], ['1__0', 10], ['_1', 10], ['1_', 10], ['', 10],
  [' ', 10], ['x', 10], ['4.5', 10], ['0x1f', 16], ['0x_1f', 16], ['0x1f', 0], ['0X1F', 0], ['0o17', 0], ['0b101', 0],
  ['0b', 0], ['0x', 16], ['010', 0], ['00', 0], ['0_0', 0], ['0', 0], ['-0', 0], ['12', 0], ['0b1', 16], ['z', 36],
  ['ZZ', 36], ['10', 2], ['12', 2], ['777', 8], ['8', 8], ['1', 1], ['1', 37], ['-', 10], ['- 1', 10], ['١٢٣', 10],
  ['\u00a012\u2003', 10], ['12345678901234567890', 10], ['-99999999999999999999999', 10], ['1\x00', 10], ['1\x1c', 10],
  ['x'.repeat(300), 10], ['\u00e9', 10], ['0x1g', 0], ['1e5', 10], ['1_000', 0], ['0_1', 0], ['ff', 16], ['-0x80', 0],
  ['1'.repeat(4300), 10], ['1'.repeat(4301), 10], ['1_1'.repeat(1450), 10], ['1'.repeat(5000), 16], ['9'.repeat(20), 36],
]
for (const [s, b] of INT_STRS) T.add(() => parseInt(s, b), `int(${pyStr(s)}, ${b})`, `int(${pyStr(s).slice(0, 40)}, ${b})`)

// ---- intToString
for (const n of [0, 5, -5, 255, -255, 2 ** 49, 10n ** 30n, -(10n ** 30n)]) {
  T.add(() => intToString(n), `str(${I(n)})`)
  T.add(() => intToString(n, 16), `hex(${I(n)})`)
  T.add(() => intToString(n, 8), `oct(${I(n)})`)
  T.add(() => intToString(n, 2), `bin(${I(n)})`)
}
T.add(() => intToString(10n ** 4300n), 'str(10**4300)')
T.add(() => intToString(-(10n ** 4299n)).length, 'len(str(-10**4299))')

// ---- int arithmetic
const INTS: (number | bigint)[] = [0, 1, -1, 7, -7, 3, -3, 2 ** 49 - 1, -(2 ** 49), 10n ** 20n, -(10n ** 20n), 2n ** 64n + 1n]
for (const a of INTS) {
  for (const b of [7, -7, 3, -3, 1, 0, 10n ** 20n, -(2n ** 64n)]) {
    T.add(() => floorDiv(a, b), `${I(a)} // ${I(b)}`)
    T.add(() => mod(a, b), `${I(a)} % ${I(b)}`)
    T.add(() => intTrueDiv(a, b), `${I(a)} / ${I(b)}`)
  }
}
for (const [a, b] of [[7, 0], [0, 0], [10n ** 20n, 0]] as const) T.add(() => divmod(a, b), `divmod(${I(a)}, ${I(b)})`)
for (const [a, b] of [[7, 2], [-7, 2], [7, -2], [-7, -2], [10n ** 30n, -7]] as const) T.add(() => divmod(a, b), `divmod(${I(a)}, ${I(b)})`)
const TRUEDIVS: [bigint, bigint][] = [
  [10n ** 400n, 1n], [10n ** 400n, 10n ** 399n], [1n, 10n ** 400n], [1n, 10n ** 330n], [-(1n), 3n * 10n ** 310n],
  [2n ** 1024n - 1n, 1n], [2n ** 1024n - 2n ** 970n, 1n], [2n ** 1024n - 2n ** 971n, 1n], [(2n ** 53n + 1n) * 3n, 3n],
  [2n ** 54n + 3n, 2n], [2n ** 54n + 1n, 1n], [2n ** 54n + 2n, 1n], [2n ** 54n + 6n, 1n], [0n, -(10n ** 30n)],
  [3n, 2n ** 1076n], [1n, 2n ** 1075n], [3n, 2n ** 1075n], [10n ** 50n + 1n, 10n ** 49n], [-(7n * 10n ** 40n), 3n * 10n ** 20n],
]
for (const [a, b] of TRUEDIVS) T.add(() => intTrueDiv(a, b), `${I(a)} / ${I(b)}`, `truediv(${a.toString().slice(0, 20)}, ${b.toString().slice(0, 20)})`)
for (const [a, b] of [[2, 10], [2, 100], [-3, 3], [-3, 33], [0, 0], [0, 5], [7, 0], [2, -1], [2, -2], [-2, -3], [0, -1], [10, -400], [2, -1075], [1, -5], [-1, -5], [-1, 10n ** 20n], [10n ** 20n, 3], [10n ** 400n, -1]] as const) {
  T.add(() => intPow(a, b), `${I(a)} ** ${I(b)}`)
}
for (const [a, b, m] of [[2, 10, 1000], [2, -1, 7], [2, -1, 4], [3, 200, -7], [5, 0, 1], [5, 0, -1], [2, 3, 0], [-2, 3, 5], [10n ** 30n, 10n ** 10n, 97], [3, -2, 10n ** 20n + 1n]] as const) {
  T.add(() => intPowMod(a, b, m), `pow(${I(a)}, ${I(b)}, ${I(m)})`)
}
for (const [a, b] of [[1, 3], [-1, 3], [1, 60], [-1, 70], [5, -1], [3, 50], [2 ** 49, 1], [-(2 ** 49), 1], [10n ** 20n, 3], [-(10n ** 20n), 100], [-(10n ** 20n), 10n ** 30n], [7, 0]] as const) {
  T.add(() => lshift(a, b), `${I(a)} << ${I(b)}`)
  T.add(() => rshift(a, b), `${I(a)} >> ${I(b)}`)
}
for (const a of [0, 5, -5, 2 ** 31, -(2 ** 31) - 1, 2 ** 49 - 1, -(2 ** 49), 10n ** 20n, -(10n ** 20n)]) {
  for (const b of [3, -3, 2 ** 40 + 5, -(10n ** 19n)]) {
    T.add(() => bitAnd(a, b), `${I(a)} & ${I(b)}`)
    T.add(() => bitOr(a, b), `${I(a)} | ${I(b)}`)
    T.add(() => bitXor(a, b), `${I(a)} ^ ${I(b)}`)
  }
  T.add(() => bitInvert(a), `~${I(a)}`)
  T.add(() => intBitLength(a), `${I(a)}.bit_length()`)
  T.add(() => intNeg(a), `-${I(a)}`)
  T.add(() => intHash(a), `hash(${I(a)})`)
}
for (const [a, b] of [[2 ** 49, 2 ** 49], [-(2 ** 49), -(2 ** 49)], [2 ** 49, -1], [2 ** 30, 2 ** 30], [10n ** 20n, -(10n ** 20n)], [3, 4]] as const) {
  T.add(() => intAdd(a, b), `${I(a)} + ${I(b)}`)
  T.add(() => intSub(a, b), `${I(a)} - ${I(b)}`)
  T.add(() => intMul(a, b), `${I(a)} * ${I(b)}`)
}
for (const n of [-1, -2, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n) + 1n, 2n ** 61n - 2n, 10n ** 30n, -(10n ** 30n)]) T.add(() => intHash(n), `hash(${I(n)})`)
for (const n of [2n ** 53n + 1n, 10n ** 400n, -(10n ** 400n)]) T.add(() => intToFloat(n), `float(${I(n)})`)

// ---- float arithmetic
const FL = [0, -0, 1, -1, 7.5, -7.5, 2, 0.1, 1e308, Infinity, -Infinity, NaN, 3]
for (const x of FL) {
  for (const y of [2, -2, 0.1, 0, -0, Infinity, -Infinity, 1e-308]) {
    T.add(() => floatMod(x, y), `${F(x)} % ${F(y)}`, `${x} % ${y}`)
    T.add(() => floatFloorDiv(x, y), `${F(x)} // ${F(y)}`, `${x} // ${y}`)
  }
  T.add(() => floatDivmod(x, 0.3), `divmod(${F(x)}, 0.3)`, `divmod(${x}, 0.3)`)
  T.add(() => floatTrueDiv(x, 0), `${F(x)} / 0.0`, `${x} / 0.0`)
  T.add(() => floatTrueDiv(x, 3), `${F(x)} / 3.0`, `${x} / 3.0`)
}
T.add(() => floatDivmod(1, 0), 'divmod(1.0, 0.0)')
const POWS: [number, number][] = [
  [2, 10], [2, 0.5], [-8, 1 / 3], [-2, 3], [-2, 2], [-2, -3], [0, -1], [-0, -1], [0, 0], [NaN, 0], [NaN, 1], [1, NaN],
  [2, NaN], [1, Infinity], [-1, Infinity], [0.5, Infinity], [2, Infinity], [0.5, -Infinity], [2, -Infinity],
  [Infinity, 3], [-Infinity, 3], [-Infinity, 2], [-Infinity, -3], [-Infinity, -2], [Infinity, -1], [0, 3], [-0, 3],
  [-0, 2], [10, 400], [-10, 401], [10, -400], [1.1, 2], [-1, 1e20], [-1, 1e20 + 1], [2.5, -2], [1e10, 30],
]
for (const [x, y] of POWS) T.add(() => floatPow(x, y), `(lambda r: None if isinstance(r, complex) else r)(${F(x)} ** ${F(y)})`, `${x} ** ${y}`)

const rows = T.run()
for (const row of rows) test(row.name, () => assertRow(row))

test('number cases are plentiful', () => expect(rows.length).toBeGreaterThan(400))

test('normInt', () => {
  expect(normInt(5n)).toBe(5)
  expect(normInt(2n ** 50n)).toBe(2n ** 50n)
  expect(normInt(-(2n ** 50n) + 1n)).toBe(-(2 ** 50) + 1)
})
