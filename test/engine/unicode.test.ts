/// Every code point of planes 0-3 and 14 through the per-character str
/// predicates and case mappings, against python3 (Unicode 14.0). Fails when
/// Node's Unicode tables drift from unicodeData.ts: regenerate it with
/// `node test/engine/text/genUnicodeData.mjs`.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import * as S from '../../electron/engine/runtime/text/strmethods.ts'

const RANGES: [number, number][] = [[0, 0x3ffff], [0xe0000, 0xeffff]]

const PY = String.raw`
import sys, json
ranges = json.loads(sys.argv[1])
preds = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable', 'isspace',
         'isupper', 'islower', 'istitle', 'isidentifier']
out = {}
for p in preds:
    f = getattr(str, p)
    out[p] = ''.join('1' if f(chr(c)) else '0' for a, b in ranges for c in range(a, b + 1))
maps = {}
for k in ('upper', 'lower', 'title', 'swapcase', 'capitalize'):
    f = getattr(str, k)
    d = {}
    for a, b in ranges:
        for c in range(a, b + 1):
            if 0xd800 <= c < 0xe000: continue
            r = f(chr(c))
            if r != chr(c): d[c] = r
    maps[k] = d
out['maps'] = maps
sys.stdout.write(json.dumps(out))
`

const r = spawnSync('python3', ['-c', PY, JSON.stringify(RANGES)], { encoding: 'utf8', maxBuffer: 1 << 28 })
if (r.status !== 0) throw new Error(r.stderr)
const py = JSON.parse(r.stdout) as Record<string, string> & { maps: Record<string, Record<string, string>> }

const cps: number[] = []
for (const [a, b] of RANGES) for (let c = a; c <= b; c++) cps.push(c)

const PREDS: [string, (s: string) => boolean][] = [
  ['isalpha', S.pyIsalpha], ['isdecimal', S.pyIsdecimal], ['isdigit', S.pyIsdigit], ['isnumeric', S.pyIsnumeric],
  ['isalnum', S.pyIsalnum], ['isprintable', S.pyIsprintable], ['isspace', S.pyIsspace], ['isupper', S.pyIsupper],
  ['islower', S.pyIslower], ['istitle', S.pyIstitle], ['isidentifier', S.pyIsidentifier],
]
for (const [name, fn] of PREDS) {
  test(`str.${name} agrees on every code point`, () => {
    const bad: string[] = []
    const want = py[name]
    expect(want.length).toBe(cps.length)
    cps.forEach((c, i) => {
      if (fn(String.fromCodePoint(c)) !== (want[i] === '1')) bad.push(c.toString(16))
    })
    expect(bad.slice(0, 20)).toEqual([])
  })
}

const MAPS: [string, (s: string) => string][] = [
  ['upper', S.pyUpper], ['lower', S.pyLower], ['title', S.pyTitle], ['swapcase', S.pySwapcase], ['capitalize', S.pyCapitalize],
]
for (const [name, fn] of MAPS) {
  test(`str.${name} agrees on every code point`, () => {
    const bad: string[] = []
    const want = py.maps[name]
    for (const c of cps) {
      if (c >= 0xd800 && c < 0xe000) continue
      const ch = String.fromCodePoint(c)
      if (fn(ch) !== (want[c] ?? ch)) bad.push(c.toString(16))
    }
    expect(bad.slice(0, 20)).toEqual([])
  })
}
