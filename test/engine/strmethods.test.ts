/// str methods, repr()/ascii() of strs, against python3. Inputs include
/// astral characters (emoji: one code point, two UTF-16 units) and lone
/// surrogates, so code point indexing is exercised.

import { test, expect } from 'vitest'
import { CaseTable, assertRow, pyStr } from './text/pyOracle.ts'
import * as S from '../../electron/engine/runtime/text/strmethods.ts'
import { strRepr, asciiRepr, asciiEscape } from '../../electron/engine/runtime/text/repr.ts'

const T = new CaseTable()
const P = pyStr
const n = (x: number | null | undefined) => (x === null || x === undefined ? 'None' : String(x))

const E = '\u{1F600}' // 😀
const TEXTS = [
  '', 'a', 'hello world', '  hello  world  ', 'a,b,,c', `x${E}y${E}z`, `${E}${E}${E}`, 'aaaa', 'abcabcabc',
  '\t a\nb\r\nc\x0bd\x0ce\x1cf\x85g\u2028h\u3000 ', 'ΑΣ ΣΑ', 'ǆemal ǅ', 'ß ﬁ straße', "they're bill's", 'İstanbul',
  'HELLO', 'Hello World', 'hello World', '123', '١٢٣', '²³', '½', '一二三', 'abc123', 'a_b1', '_x', '1x', 'é', 'x\u0301',
  '\u00a0', ' \t\n', 'ᾳ ᾼ', 'ǅ', 'ʕ', '\ud800', 'a\udc00b', `${E}a`, 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'A\u0345Σ', 'ℌ', 'ⅷ', 'Ⅷ',
]

// ---- predicates and case methods on every text
const PREDS: [string, (s: string) => unknown][] = [
  ['isdigit', S.pyIsdigit], ['isdecimal', S.pyIsdecimal], ['isnumeric', S.pyIsnumeric], ['isalpha', S.pyIsalpha],
  ['isalnum', S.pyIsalnum], ['isspace', S.pyIsspace], ['isprintable', S.pyIsprintable], ['isupper', S.pyIsupper],
  ['islower', S.pyIslower], ['istitle', S.pyIstitle], ['isidentifier', S.pyIsidentifier], ['isascii', S.pyIsascii],
  ['upper', S.pyUpper], ['lower', S.pyLower], ['title', S.pyTitle], ['capitalize', S.pyCapitalize], ['swapcase', S.pySwapcase],
]
for (const s of TEXTS) for (const [name, fn] of PREDS) T.add(() => fn(s), `${P(s)}.${name}()`)

// ---- split / rsplit / splitlines / strip
for (const s of TEXTS.slice(0, 16)) {
  for (const m of [-1, 0, 1, 2]) {
    T.add(() => S.pySplit(s, null, m), `${P(s)}.split(None, ${m})`)
    T.add(() => S.pyRsplit(s, null, m), `${P(s)}.rsplit(None, ${m})`)
  }
  for (const sep of [',', ' ', 'b', E, 'abc']) {
    T.add(() => S.pySplit(s, sep), `${P(s)}.split(${P(sep)})`)
    T.add(() => S.pyRsplit(s, sep, 1), `${P(s)}.rsplit(${P(sep)}, 1)`)
  }
  T.add(() => S.pySplitlines(s), `${P(s)}.splitlines()`)
  T.add(() => S.pySplitlines(s, true), `${P(s)}.splitlines(True)`)
  T.add(() => S.pyStrip(s), `${P(s)}.strip()`)
  T.add(() => S.pyLstrip(s), `${P(s)}.lstrip()`)
  T.add(() => S.pyRstrip(s), `${P(s)}.rstrip()`)
  T.add(() => S.pyStrip(s, `x${E}z `), `${P(s)}.strip(${P(`x${E}z `)})`)
}
T.add(() => S.pySplit('abc', ''), "'abc'.split('')")
T.add(() => S.pyRsplit('abc', ''), "'abc'.rsplit('')")
T.add(() => S.pySplit('a,b,c', ',', 1), "'a,b,c'.split(',', 1)")
T.add(() => S.pyRsplit('a,b,c', ',', 1), "'a,b,c'.rsplit(',', 1)")
T.add(() => S.pySplit('aaa', 'aa'), "'aaa'.split('aa')")
T.add(() => S.pyRsplit('aaa', 'aa'), "'aaa'.rsplit('aa')")
T.add(() => S.pySplitlines('a\r\n\r\nb\n'), "'a\\r\\n\\r\\nb\\n'.splitlines()")
T.add(() => S.pySplitlines('\n'), "'\\n'.splitlines(True)".replace('True', ''))
T.add(() => S.pyStrip('xxhixx', 'x'), "'xxhixx'.strip('x')")
T.add(() => S.pyStrip('abc', ''), "'abc'.strip('')")
T.add(() => S.pyLstrip('\u00a0\u2003x\u3000', null), "'\\u00a0\\u2003x\\u3000'.lstrip()")
T.add(() => S.pyStrip(`${E}a${E}`, E), `${P(`${E}a${E}`)}.strip(${P(E)})`)
T.add(() => S.pyStrip('\ud83d\ude00', '\ude00'), "'\\U0001F600'.strip('\\ude00')")

// ---- find family with slice indices (code points)
const HAY = `ab${E}cab${E}c`
for (const sub of ['', 'a', 'ab', 'c', E, `${E}c`, 'zz', '\ude00']) {
  for (const [a, b] of [[undefined, undefined], [1, undefined], [3, undefined], [-3, undefined], [undefined, -2], [2, 6], [5, 2], [20, undefined], [-100, 100], [9, 9], [10, 10]] as const) {
    const args = `${P(sub)}, ${n(a)}, ${n(b)}`
    T.add(() => S.pyFind(HAY, sub, a, b), `${P(HAY)}.find(${args})`)
    T.add(() => S.pyRfind(HAY, sub, a, b), `${P(HAY)}.rfind(${args})`)
    T.add(() => S.pyCount(HAY, sub, a, b), `${P(HAY)}.count(${args})`)
    T.add(() => S.pyStartswith(HAY, sub, a, b), `${P(HAY)}.startswith(${args})`)
    T.add(() => S.pyEndswith(HAY, sub, a, b), `${P(HAY)}.endswith(${args})`)
  }
}
T.add(() => S.pyIndex('abc', 'z'), "'abc'.index('z')")
T.add(() => S.pyRindex('abc', 'z'), "'abc'.rindex('z')")
T.add(() => S.pyIndex(`${E}abc`, 'b'), `${P(`${E}abc`)}.index('b')`)
T.add(() => S.pyRindex(`${E}abcb`, 'b'), `${P(`${E}abcb`)}.rindex('b')`)
T.add(() => S.pyCount('aaaa', 'aa'), "'aaaa'.count('aa')")
T.add(() => S.pyCount('', ''), "''.count('')")

// ---- replace / partition
for (const [s, o, r, c] of [
  ['abc', '', '-', -1], ['abc', '', '-', 2], ['abc', '', '-', 3], ['abc', '', '-', 4], ['abc', '', '-', 0], ['', '', 'x', -1],
  [`a${E}b`, '', '|', -1], ['aaaa', 'a', 'b', 2], ['aaaa', 'aa', 'b', -1], ['hello', 'l', '', -1], ['hello', 'z', 'y', -1],
  [`${E}${E}`, E, 'x', 1], ['abcabc', 'abc', '', -1], ['\ud83d\ude00', '\ude00', 'x', -1],
] as const) T.add(() => S.pyReplace(s, o, r, c), `${P(s)}.replace(${P(o)}, ${P(r)}, ${c})`)
for (const [s, sep] of [['a=b=c', '='], ['abc', '='], ['abc', ''], [`x${E}y${E}z`, E], ['aaa', 'aa'], ['', 'x']] as const) {
  T.add(() => S.pyPartition(s, sep), `${P(s)}.partition(${P(sep)})`)
  T.add(() => S.pyRpartition(s, sep), `${P(s)}.rpartition(${P(sep)})`)
}

// ---- padding
for (const s of ['', 'a', 'ab', 'abc', E, `${E}x`, '-42', '+7', '-', 'x-1']) {
  for (const w of [-1, 0, 1, 4, 5, 6]) {
    T.add(() => S.pyCenter(s, w), `${P(s)}.center(${w})`)
    T.add(() => S.pyLjust(s, w, '*'), `${P(s)}.ljust(${w}, '*')`)
    T.add(() => S.pyRjust(s, w, E), `${P(s)}.rjust(${w}, ${P(E)})`)
    T.add(() => S.pyZfill(s, w), `${P(s)}.zfill(${w})`)
  }
  T.add(() => S.pyCenter(s, 7, 'xy'), `${P(s)}.center(7, 'xy')`)
  T.add(() => S.pyCenter(s, 7, ''), `${P(s)}.center(7, '')`)
}
for (const s of ['a\tb', '\t', 'ab\tcd\tx', `${E}\tx`, 'a\r\tb\n\tc', '12345678\t9', 'no tabs']) {
  for (const t of [8, 4, 1, 0, -1]) T.add(() => S.pyExpandtabs(s, t), `${P(s)}.expandtabs(${t})`)
}

// ---- repr / ascii
const REPRS = [
  '', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\ncr\r', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff',
  'é ñ ü', E, '\u200b\u200e\u2028\u2029\u3000', '\ud800', 'a\udfffb', '\ue000', '\u0378', '\u{10ffff}', '\u{e0001}', '\u0600',
  '\u061c', 'Ω≈ç√', '\u{1F1FA}\u{1F1F8}', '\ufeff', '\u00ad', '\u{1FAE8}', '\u{31350}',
]
for (const s of REPRS) {
  T.add(() => strRepr(s), `repr(${P(s)})`)
  T.add(() => asciiRepr(s), `ascii(${P(s)})`)
  T.add(() => asciiEscape(`[${strRepr(s)}]`), `ascii([${P(s)}])`)
}

const rows = T.run()
for (const row of rows) test(row.name, () => assertRow(row))

test('str cases are plentiful', () => expect(rows.length).toBeGreaterThan(400))
