/// The str type's methods, and str.format.

import { type Runtime, type NativeFn } from './runtime.ts'
import { T } from './types.ts'
import { type Value, None, False, UNBOUND, mkInt, bool } from './value.ts'
import { pyCenter } from '../runtime/text/strmethods.ts'
import { positional } from './args.ts'
import { toArray } from './iter.ts'
import { asIndex, getItem } from './items.ts'
import { getAttr } from './attrs.ts'
import { repr, str } from './protocol.ts'
import { formatValue } from './strops.ts'
import { clampRange } from './methods.ts'

const WS = /[\s\u001c-\u001f\u0085]/

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = []
  let i = 0
  const n = s.length
  while (i < n) {
    while (i < n && WS.test(s[i])) i++
    if (i >= n) break
    if (maxsplit >= 0 && out.length === maxsplit) {
      let rest = s.slice(i)
      out.push(rest)
      return out
    }
    let j = i
    while (j < n && !WS.test(s[j])) j++
    out.push(s.slice(i, j))
    i = j
  }
  return out
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const isStrip = (c: string) => (chars === null ? WS.test(c) : chars.includes(c))
  let a = 0, b = s.length
  if (left) while (a < b && isStrip(s[a])) a++
  if (right) while (b > a && isStrip(s[b - 1])) b--
  return s.slice(a, b)
}

/// str.format's field parsing: `{name.attr[key]!conv:spec}`.
export function strFormat(rt: Runtime, fmt: string, args: Value[], kw: Map<string, Value>): string {
  let out = ''
  let auto = 0
  let i = 0
  while (i < fmt.length) {
    const c = fmt[i]
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue }
      let depth = 1, j = i + 1
      while (j < fmt.length && depth > 0) { if (fmt[j] === '{') depth++; else if (fmt[j] === '}') depth--; j++ }
      if (depth > 0) throw rt.error(T.ValueError, "expected '}' before end of string")
      const field = fmt.slice(i + 1, j - 1)
      i = j
      let spec = ''
      let conv = ''
      let body = field
      const colon = indexOutsideBrackets(body, ':')
      if (colon >= 0) { spec = body.slice(colon + 1); body = body.slice(0, colon) }
      const bang = body.indexOf('!')
      if (bang >= 0) { conv = body.slice(bang + 1); body = body.slice(0, bang) }
      const m = /^([^.[]*)(.*)$/.exec(body)!
      let v: Value
      if (m[1] === '') {
        if (auto < 0) throw rt.error(T.ValueError, 'cannot switch from manual field specification to automatic field numbering')
        if (auto >= args.length) throw rt.error(T.IndexError, `Replacement index ${auto} out of range for positional args tuple`)
        v = args[auto++]
      } else if (/^\d+$/.test(m[1])) {
        if (auto > 0) throw rt.error(T.ValueError, 'cannot switch from automatic field numbering to manual field specification')
        auto = -1
        const k = Number(m[1])
        if (k >= args.length) throw rt.error(T.IndexError, `Replacement index ${k} out of range for positional args tuple`)
        v = args[k]
      } else {
        const got = kw.get(m[1])
        if (got === undefined) throw rt.error(T.KeyError, `'${m[1]}'`)
        v = got
      }
      let rest = m[2]
      while (rest.length) {
        const a = /^\.(\w+)/.exec(rest)
        if (a) { v = getAttr(rt, v, rt.intern(a[1])); rest = rest.slice(a[0].length); continue }
        const b = /^\[([^\]]*)\]/.exec(rest)
        if (b) { v = getItem(rt, v, /^\d+$/.test(b[1]) ? mkInt(Number(b[1])) : rt.newStr(b[1])); rest = rest.slice(b[0].length); continue }
        throw rt.error(T.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier')
      }
      if (conv === 'r') v = rt.newStr(repr(rt, v))
      else if (conv === 's') v = rt.newStr(str(rt, v))
      else if (conv === 'a') v = rt.newStr(rt.ascii(repr(rt, v)))
      else if (conv !== '') throw rt.error(T.ValueError, `Unknown conversion specifier ${conv}`)
      if (spec.includes('{')) spec = strFormat(rt, spec, args, kw)
      out += rt.str(formatValue(rt, v, spec))
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') throw rt.error(T.ValueError, "Single '}' encountered in format string")
      out += '}'
      i += 2
    } else {
      out += c
      i++
    }
  }
  return out
}

function indexOutsideBrackets(s: string, ch: string): number {
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++
    else if (s[i] === ']') depth--
    else if (s[i] === ch && depth === 0) return i
  }
  return -1
}

/// Registers str's methods; returns name -> native.
export function strMethods(rt: Runtime): Map<string, Value> {
  const m = new Map<string, Value>()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `str.${name}`)) }
  const S = (v: Value): string => rt.str(v)
  const needStr = (v: Value, what: string): string => {
    if (!rt.isStr(v)) throw rt.typeError(`${what} must be str, not ${rt.typeName(v)}`)
    return rt.str(v)
  }
  const optChars = (v: Value | undefined): string | null => (v === undefined || v === None ? null : needStr(v, 'strip arg'))

  def('join', (rt, args, kw) => {
    positional(rt, 'str.join', args, kw, 2, 2)
    const parts = toArray(rt, args[1]).map((x, i) => {
      if (!rt.isStr(x)) throw rt.typeError(`sequence item ${i}: expected str instance, ${rt.typeName(x)} found`)
      return rt.str(x)
    })
    return rt.newStr(parts.join(S(args[0])))
  })
  def('split', (rt, args, kw) => {
    let sep: Value = args[1] ?? None, max: Value = args[2] ?? mkInt(-1)
    if (kw) kw.names.forEach((n, i) => { if (n === 'sep') sep = kw.values[i]; else if (n === 'maxsplit') max = kw.values[i] })
    const s = S(args[0])
    const maxsplit = asIndex(rt, max) ?? -1
    if (sep === None) return rt.newList(splitWhitespace(s, maxsplit).map((x) => rt.newStr(x)))
    const sp = needStr(sep, 'must be str or None')
    if (sp === '') throw rt.error(T.ValueError, 'empty separator')
    const parts = s.split(sp)
    if (maxsplit >= 0 && parts.length > maxsplit + 1) parts.splice(maxsplit, parts.length, parts.slice(maxsplit).join(sp))
    return rt.newList(parts.map((x) => rt.newStr(x)))
  })
  def('rsplit', (rt, args) => {
    const s = S(args[0])
    const sep = args[1] ?? None
    const maxsplit = args[2] !== undefined ? asIndex(rt, args[2]) ?? -1 : -1
    if (sep === None) {
      const parts = splitWhitespace(s, -1)
      if (maxsplit < 0 || parts.length <= maxsplit + 1) return rt.newList(parts.map((x) => rt.newStr(x)))
      const tail = parts.slice(parts.length - maxsplit)
      const headEnd = s.trimEnd().length - tail.join(' ').length
      return rt.newList([s.slice(0, headEnd).trimEnd(), ...tail].map((x) => rt.newStr(x)))
    }
    const sp = S(sep)
    const parts = s.split(sp)
    if (maxsplit >= 0 && parts.length > maxsplit + 1) parts.splice(0, parts.length - maxsplit, parts.slice(0, parts.length - maxsplit).join(sp))
    return rt.newList(parts.map((x) => rt.newStr(x)))
  })
  def('splitlines', (rt, args) => {
    const s = S(args[0])
    const keep = args[1] !== undefined && args[1] !== 10 && args[1] !== 0
    const out: string[] = []
    const re = /\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/g
    let last = 0
    for (let mm = re.exec(s); mm; mm = re.exec(s)) {
      out.push(s.slice(last, keep ? mm.index + mm[0].length : mm.index))
      last = mm.index + mm[0].length
    }
    if (last < s.length) out.push(s.slice(last))
    return rt.newList(out.map((x) => rt.newStr(x)))
  })
  def('strip', (rt, args) => rt.newStr(stripChars(S(args[0]), optChars(args[1]), true, true)))
  def('lstrip', (rt, args) => rt.newStr(stripChars(S(args[0]), optChars(args[1]), true, false)))
  def('rstrip', (rt, args) => rt.newStr(stripChars(S(args[0]), optChars(args[1]), false, true)))
  def('upper', (rt, args) => rt.newStr(S(args[0]).toUpperCase()))
  def('lower', (rt, args) => rt.newStr(S(args[0]).toLowerCase()))
  def('casefold', (rt, args) => rt.newStr(S(args[0]).toLowerCase()))
  def('title', (rt, args) => rt.newStr(S(args[0]).toLowerCase().replace(/(^|[^\p{L}\p{N}'])([\p{L}])/gu, (_, a, b) => a + b.toUpperCase()).replace(/'(\p{L})/gu, (x) => x)))
  def('capitalize', (rt, args) => { const s = S(args[0]); return rt.newStr(s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase()) })
  def('swapcase', (rt, args) => rt.newStr(Array.from(S(args[0])).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')))
  def('replace', (rt, args, kw) => {
    positional(rt, 'replace', args, kw, 3, 4)
    const s = S(args[0]), old = needStr(args[1], 'replace() argument 1'), nw = needStr(args[2], 'replace() argument 2')
    let count = args[3] !== undefined ? asIndex(rt, args[3]) ?? -1 : -1
    if (count < 0) return rt.newStr(old === '' ? Array.from(s).reduce((acc, ch) => acc + ch + nw, nw) : s.split(old).join(nw))
    let out = '', i = 0
    while (count > 0) {
      const j = s.indexOf(old, i)
      if (j < 0) break
      out += s.slice(i, j) + nw
      i = j + old.length
      count--
    }
    return rt.newStr(out + s.slice(i))
  })
  const prefixTest = (name: string, test: (s: string, p: string) => boolean): void => {
    def(name, (rt, args) => {
      const s = S(args[0])
      const [a, b] = clampRange(rt, s.length, args[2] ?? UNBOUND, args[3] ?? UNBOUND)
      const sub = s.slice(a, b)
      const p = args[1]
      if (rt.kindOf(p) === 4 /* TUPLE */) return bool(rt.tupleItems(p).some((x) => test(sub, needStr(x, 'tuple for ' + name))))
      if (!rt.isStr(p)) throw rt.typeError(`${name} first arg must be str or a tuple of str, not ${rt.typeName(p)}`)
      return bool(test(sub, S(p)))
    })
  }
  prefixTest('startswith', (s, p) => s.startsWith(p))
  prefixTest('endswith', (s, p) => s.endsWith(p))
  const finder = (name: string, fromRight: boolean, raise: boolean): void => {
    def(name, (rt, args) => {
      const s = S(args[0])
      const sub = needStr(args[1], `${name}() argument 1`)
      const [a, b] = clampRange(rt, s.length, args[2] ?? UNBOUND, args[3] ?? UNBOUND)
      const hay = s.slice(a, b)
      const i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub)
      if (i < 0 || b - a < sub.length) {
        if (raise) throw rt.error(T.ValueError, 'substring not found')
        return mkInt(-1)
      }
      return mkInt(i + a)
    })
  }
  finder('find', false, false)
  finder('rfind', true, false)
  finder('index', false, true)
  finder('rindex', true, true)
  def('count', (rt, args) => {
    const s = S(args[0]), sub = needStr(args[1], 'count() argument 1')
    const [a, b] = clampRange(rt, s.length, args[2] ?? UNBOUND, args[3] ?? UNBOUND)
    const hay = s.slice(a, b)
    if (sub === '') return mkInt(Array.from(hay).length + 1)
    return mkInt(hay.split(sub).length - 1)
  })
  const pad = (name: string, place: (s: string, w: number, f: string) => string): void => {
    def(name, (rt, args, kw) => {
      positional(rt, name, args, kw, 2, 3)
      const s = S(args[0])
      const w = asIndex(rt, args[1])
      if (w === null) throw rt.typeError(`'${rt.typeName(args[1])}' object cannot be interpreted as an integer`)
      const fill = args[2] !== undefined ? S(args[2]) : ' '
      if (Array.from(fill).length !== 1) throw rt.typeError('The fill character must be exactly one character long')
      const len = Array.from(s).length
      return rt.newStr(w <= len ? s : place(s, w - len, fill))
    })
  }
  pad('ljust', (s, n, f) => s + f.repeat(n))
  pad('rjust', (s, n, f) => f.repeat(n) + s)
  pad('center', (s, n, f) => pyCenter(s, Array.from(s).length + n, f))
  def('zfill', (rt, args) => {
    const s = S(args[0])
    const w = asIndex(rt, args[1]) ?? 0
    if (s.length >= w) return args[0]
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : ''
    return rt.newStr(sign + '0'.repeat(w - s.length) + s.slice(sign.length))
  })
  const pred = (name: string, re: RegExp, nonEmpty = true): void => {
    def(name, (rt, args) => { const s = S(args[0]); return bool((!nonEmpty || s.length > 0) && re.test(s)) })
  }
  pred('isdigit', /^\p{Nd}+$/u)
  pred('isdecimal', /^\p{Nd}+$/u)
  pred('isnumeric', /^[\p{Nd}\p{Nl}\p{No}]+$/u)
  pred('isalpha', /^\p{L}+$/u)
  pred('isalnum', /^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u)
  pred('isspace', /^[\s\u001c-\u001f\u0085]+$/u)
  pred('isidentifier', /^[\p{L}_][\p{L}\p{N}_]*$/u)
  pred('isascii', /^[\x00-\x7f]*$/, false)
  def('isupper', (rt, args) => { const s = S(args[0]); return bool(/\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)) })
  def('islower', (rt, args) => { const s = S(args[0]); return bool(/\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s)) })
  // as CPython: upper/titlecase only after uncased characters, lowercase only after cased ones
  def('istitle', (rt, args) => {
    let previousCased = false, cased = false
    for (const ch of S(args[0])) {
      if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
        if (previousCased) return False
        previousCased = cased = true
      } else if (/\p{Ll}/u.test(ch)) {
        if (!previousCased) return False
        previousCased = cased = true
      } else previousCased = false
    }
    return bool(cased)
  })
  def('partition', (rt, args) => {
    const s = S(args[0]), sep = needStr(args[1], 'partition() argument')
    if (sep === '') throw rt.error(T.ValueError, 'empty separator')
    const i = s.indexOf(sep)
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]
    return rt.newTuple(parts.map((x) => rt.newStr(x)))
  })
  def('rpartition', (rt, args) => {
    const s = S(args[0]), sep = needStr(args[1], 'rpartition() argument')
    if (sep === '') throw rt.error(T.ValueError, 'empty separator')
    const i = s.lastIndexOf(sep)
    const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]
    return rt.newTuple(parts.map((x) => rt.newStr(x)))
  })
  def('removeprefix', (rt, args) => { const s = S(args[0]), p = S(args[1]); return rt.newStr(p && s.startsWith(p) ? s.slice(p.length) : s) })
  def('removesuffix', (rt, args) => { const s = S(args[0]), p = S(args[1]); return rt.newStr(p && s.endsWith(p) ? s.slice(0, -p.length) : s) })
  def('expandtabs', (rt, args) => {
    const size = args[1] !== undefined ? asIndex(rt, args[1]) ?? 8 : 8
    let out = '', col = 0
    for (const ch of S(args[0])) {
      if (ch === '\t') { const n = size > 0 ? size - (col % size) : 0; out += ' '.repeat(n); col += n } else if (ch === '\n' || ch === '\r') { out += ch; col = 0 } else { out += ch; col++ }
    }
    return rt.newStr(out)
  })
  def('format', (rt, args, kw) => {
    const named = new Map<string, Value>()
    if (kw) kw.names.forEach((n, i) => named.set(n, kw.values[i]))
    return rt.newStr(strFormat(rt, S(args[0]), args.slice(1), named))
  })
  def('encode', (rt) => { throw rt.error(T.NotImplementedError, 'bytes are not supported in the kitchen') })
  return m
}
