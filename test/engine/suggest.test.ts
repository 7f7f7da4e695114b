/// "Did you mean" suggestions against python3: many names and candidate
/// lists, each looked up as a global in python3 (with no builtins) and shown
/// by CPython's own exception display, which makes the suggestion.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { suggestName } from '../../electron/engine/vm/suggest.ts'

const PYTHON = String.raw`
import io, json, sys
out = []
for name, candidates in json.load(sys.stdin):
    g = {'__builtins__': {}}
    for c in candidates:
        g[c] = 1
    try:
        exec(name, g)
        out.append('defined')
        continue
    except SyntaxError:
        # a keyword, not a name
        out.append('defined')
        continue
    except NameError:
        err = io.StringIO()
        saved, sys.stderr = sys.stderr, err
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = saved
    last = err.getvalue().strip().splitlines()[-1]
    mark = ". Did you mean: '"
    out.append(last[last.index(mark) + len(mark):-2] if mark in last else None)
print(json.dumps(out))
`

/// A small deterministic generator, so a failure names a case that comes back.
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function cases(): [string, string[]][] {
  const r = rng(7)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const words = ['dishes', 'dish', 'order', 'orders', 'Lock', 'lock', 'RLock', 'Condition', 'cond', 'count',
    'counter', 'Event', 'event', 'kitchen', 'chef', 'chefs', 'oven', 'Oven', 'plate', 'plates', 'ready',
    'Ready', 'x', 'xy', 'ab', 'a', 'tip_jar', 'tipJar', 'TIP_JAR', 'burner', 'burners', 'café', 'naïve']
  const mutate = (w: string): string => {
    const chars = Array.from(w)
    const k = Math.floor(r() * 3)
    for (let i = 0; i < k; i++) {
      const at = Math.floor(r() * (chars.length + 1))
      const op = Math.floor(r() * 4)
      const letter = pick(['a', 'e', 's', 'k', 'O', 'L', '_', 'é'])
      if (op === 0) chars.splice(at, 0, letter)
      else if (op === 1 && chars.length > 1) chars.splice(Math.min(at, chars.length - 1), 1)
      else if (op === 2 && chars.length > 0) chars[Math.min(at, chars.length - 1)] = letter
      else if (chars.length > 0) {
        const i2 = Math.min(at, chars.length - 1)
        chars[i2] = chars[i2] === chars[i2].toUpperCase() ? chars[i2].toLowerCase() : chars[i2].toUpperCase()
      }
    }
    const s = chars.join('')
    return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s) ? s : 'q' + s.replace(/[^\p{L}\p{N}_]/gu, '')
  }
  const out: [string, string[]][] = []
  for (let n = 0; n < 2000; n++) {
    const candidates = [...new Set(Array.from({ length: 1 + Math.floor(r() * 8) }, () => (r() < 0.5 ? pick(words) : mutate(pick(words)))))]
    out.push([mutate(pick(words)), candidates])
  }
  // long names (CPython gives up past 40 bytes) and a crowd (750 candidates or more)
  out.push(['a'.repeat(41) + 'b', ['a'.repeat(41) + 'c']])
  out.push(['ordr', Array.from({ length: 760 }, (_, i) => `order${i}`)])
  return out
}

test('suggestName picks what CPython 3.11 suggests', () => {
  const all = cases()
  const py = spawnSync('python3', ['-c', PYTHON], { input: JSON.stringify(all), encoding: 'utf8' })
  expect(py.status, py.stderr).toBe(0)
  const expected = JSON.parse(py.stdout) as (string | null)[]
  const differ: string[] = []
  let suggested = 0
  all.forEach(([name, candidates], i) => {
    if (expected[i] === 'defined') return
    const got = suggestName(name, ['__builtins__', ...candidates])
    if (got !== null) suggested++
    if (got !== expected[i]) differ.push(`${name} in ${JSON.stringify(candidates)}: python3 ${expected[i]}, kitchen ${got}`)
  })
  expect(differ).toEqual([])
  // the cases exercise both outcomes
  expect(suggested).toBeGreaterThan(200)
  expect(all.length - suggested).toBeGreaterThan(200)
})
