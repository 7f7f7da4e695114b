/// python3 as the oracle for the text library tests: evaluates a batch of
/// Python expressions in ONE python3 process and returns each value (or the
/// exception's type and message), and compares them with what our functions
/// return (or throw as PyErrorSpec).

import { spawnSync } from 'node:child_process'
import { PyErrorSpec } from '../../../electron/engine/runtime/text/errors.ts'

export type PyValue =
  | { t: 'int'; v: string } // hex, '-0x..' for negatives
  | { t: 'float'; v: string } // repr
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'list'; v: PyValue[] }
  | { t: 'err'; type: string; msg: string }

const SCRIPT = String.raw`
import sys, json, math, struct
data = json.loads(sys.stdin.read())
ns = {}
exec(data['prelude'], ns)
def enc(v):
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': hex(v)}
    if isinstance(v, float): return {'t': 'float', 'v': repr(v)}
    if isinstance(v, str): return {'t': 'str', 'v': v}
    if v is None: return {'t': 'none'}
    if isinstance(v, (list, tuple)): return {'t': 'list', 'v': [enc(x) for x in v]}
    raise TypeError('cannot encode ' + type(v).__name__)
out = []
for e in data['exprs']:
    try:
        out.append(enc(eval(e, ns)))
    except Exception as ex:
        out.append({'t': 'err', 'type': type(ex).__name__, 'msg': str(ex)})
sys.stdout.write(json.dumps(out))
`

/// Helpers every prelude gets: B(bits) is the float with those IEEE bits.
const BASE_PRELUDE = `
import struct, math, sys
def B(bits): return struct.unpack('<d', bits.to_bytes(8, 'little'))[0]
`

export function runPython(prelude: string, exprs: string[]): PyValue[] {
  const r = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify({ prelude: BASE_PRELUDE + prelude, exprs }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`)
  const out = JSON.parse(r.stdout) as PyValue[]
  if (out.length !== exprs.length) throw new Error('python3 returned the wrong number of results')
  return out
}

/// A JS string as a Python str literal.
export function pyStr(s: string): string {
  return JSON.stringify(s)
}

const view = new DataView(new ArrayBuffer(8))
/// A JS number as an exact Python float expression.
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')"
  view.setFloat64(0, x)
  return `B(0x${view.getBigUint64(0).toString(16)})`
}

/// A JS int (number | bigint) as a Python int literal.
export function pyInt(n: number | bigint): string {
  const b = BigInt(n)
  if (b < 10n ** 1000n && b > -(10n ** 1000n)) return `(${b.toString()})`
  return `(${b < 0n ? '-' : ''}0x${(b < 0n ? -b : b).toString(16)})` // decimal literals are length-limited
}

function parseIntHex(v: string): bigint {
  return v.startsWith('-') ? -BigInt(v.slice(1)) : BigInt(v)
}

function parseFloatRepr(v: string): number {
  if (v === 'inf') return Infinity
  if (v === '-inf') return -Infinity
  if (v === 'nan') return NaN
  return Number(v)
}

function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`
  if (typeof v === 'number' && Object.is(v, -0)) return '-0'
  if (v instanceof PyErrorSpec) return `${v.type}: ${v.message}`
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v)
}

/// null when `actual` matches python's value, else a description of the difference.
export function mismatch(actual: unknown, expected: PyValue): string | null {
  const bad = (what: string) => `expected ${what}, got ${show(actual)}`
  switch (expected.t) {
    case 'err':
      if (!(actual instanceof PyErrorSpec)) return bad(`${expected.type}: ${expected.msg}`)
      return actual.type === expected.type && actual.message === expected.msg ? null : bad(`${expected.type}: ${expected.msg}`)
    case 'int': {
      const want = parseIntHex(expected.v)
      if (typeof actual !== 'number' && typeof actual !== 'bigint') return bad(`int ${want}`)
      if (typeof actual === 'number' && (!Number.isInteger(actual) || Object.is(actual, -0))) return bad(`int ${want}`)
      if (BigInt(actual) !== want) return bad(`int ${want}`)
      const small = want < 2n ** 50n && want > -(2n ** 50n)
      if (small !== (typeof actual === 'number')) return bad(`int ${want} in canonical form`)
      return null
    }
    case 'float': {
      const want = parseFloatRepr(expected.v)
      if (typeof actual !== 'number') return bad(`float ${expected.v}`)
      if (Number.isNaN(want) ? !Number.isNaN(actual) : !Object.is(actual, want)) return bad(`float ${expected.v}`)
      return null
    }
    case 'str':
      return actual === expected.v ? null : bad(JSON.stringify(expected.v))
    case 'bool':
      return actual === expected.v ? null : bad(String(expected.v))
    case 'none':
      return actual === null || actual === undefined ? null : bad('None')
    case 'list': {
      if (!Array.isArray(actual) || actual.length !== expected.v.length) return bad(`list of ${expected.v.length}`)
      for (let i = 0; i < actual.length; i++) {
        const m = mismatch(actual[i], expected.v[i])
        if (m) return `[${i}]: ${m}`
      }
      return null
    }
  }
}

/// Runs fn, returning its value or the PyErrorSpec it threw.
export function capture(fn: () => unknown): unknown {
  try {
    return fn()
  } catch (e) {
    if (e instanceof PyErrorSpec) return e
    throw e
  }
}

/// Throws (with the full description) when a row fails: for test bodies.
export function assertRow(row: { fail: () => string | null }): void {
  const m = row.fail()
  if (m !== null) throw new Error(m)
}

export interface Case { name: string; js: () => unknown; py: string }

/// Collects cases; `check()` runs python once and returns [name, failure|null] rows.
export class CaseTable {
  readonly cases: Case[] = []
  add(js: () => unknown, py: string, name?: string): void {
    this.cases.push({ name: name ?? py, js, py })
  }
  run(prelude = ''): { name: string; fail: () => string | null }[] {
    const results = runPython(prelude, this.cases.map((c) => c.py))
    return this.cases.map((c, i) => ({
      name: `${i}: ${c.name}`.slice(0, 200),
      fail: () => mismatch(capture(c.js), results[i]),
    }))
  }
}
