/// The str methods whose logic is fiddly, ported from CPython 3.11
/// (Objects/unicodeobject.c, Objects/stringlib/).
///
/// Strings go in and come out as JS strings. Python indexes by code point, JS
/// by UTF-16 unit: every index these functions take (start, end) or return
/// (find, rfind, index, rindex) and every width or count is in code points.
/// A surrogate pair is one code point; a match never splits a pair.

import { PyErrorSpec } from './errors.ts'
import { cpLength, hasSurrogates } from './num.ts'
import { isSpaceCp, isLineBreakCp } from './unicode.ts'

export * from './strcase.ts'

/// A slice bound as the VM passes it: a number, or null/undefined for None.
export type Bound = number | null | undefined

// ---------------------------------------------------------------- indexing

/// A string with a code point <-> UTF-16 offset map (built only when needed).
class Text {
  readonly len: number
  private off: Int32Array | null = null
  constructor(readonly s: string) {
    this.len = hasSurrogates(s) ? cpLength(s) : s.length
  }
  get simple(): boolean { return this.len === this.s.length }
  private offsets(): Int32Array {
    if (!this.off) {
      const off = new Int32Array(this.len + 1)
      let u = 0
      for (let i = 0; i < this.len; i++) {
        off[i] = u
        const c = this.s.charCodeAt(u)
        u += c >= 0xd800 && c <= 0xdbff && u + 1 < this.s.length &&
          (this.s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1
      }
      off[this.len] = u
      this.off = off
    }
    return this.off
  }
  unit(cp: number): number { return this.simple ? cp : this.offsets()[cp] }
  cp(unit: number): number {
    if (this.simple) return unit
    const off = this.offsets()
    let lo = 0, hi = this.len
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (off[mid] < unit) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/// False when unit offset u falls inside a surrogate pair.
function boundary(s: string, u: number): boolean {
  return !(u > 0 && u < s.length && (s.charCodeAt(u - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(u) & 0xfc00) === 0xdc00)
}

/// First match of sub in s within UTF-16 range [from, to], at code point boundaries.
function searchUnits(s: string, sub: string, from: number, to: number): number {
  let r = s.indexOf(sub, from)
  while (r >= 0 && r + sub.length <= to) {
    if (boundary(s, r) && boundary(s, r + sub.length)) return r
    r = s.indexOf(sub, r + 1)
  }
  return -1
}

/// Last match of sub in s within UTF-16 range [from, to], at code point boundaries.
function rsearchUnits(s: string, sub: string, from: number, to: number): number {
  let r = to - sub.length
  if (r < from) return -1
  r = s.lastIndexOf(sub, r)
  while (r >= from) {
    if (boundary(s, r) && boundary(s, r + sub.length)) return r
    if (r === 0) return -1
    r = s.lastIndexOf(sub, r - 1)
  }
  return -1
}

/// CPython's ADJUST_INDICES.
function adjust(start: Bound, end: Bound, len: number): [number, number] {
  let a = start ?? 0
  let b = end ?? len
  if (b > len) b = len
  else if (b < 0) { b += len; if (b < 0) b = 0 }
  if (a < 0) { a += len; if (a < 0) a = 0 }
  return [a, b]
}

/// s.find(sub, start, end): code point index or -1.
export function pyFind(s: string, sub: string, start?: Bound, end?: Bound): number {
  const t = new Text(s)
  const [a, b] = adjust(start, end, t.len)
  const subLen = cpLength(sub)
  if (b - a < subLen) return -1
  if (subLen === 0) return a
  const r = searchUnits(s, sub, t.unit(a), t.unit(b))
  return r < 0 ? -1 : t.cp(r)
}

/// s.rfind(sub, start, end): code point index or -1.
export function pyRfind(s: string, sub: string, start?: Bound, end?: Bound): number {
  const t = new Text(s)
  const [a, b] = adjust(start, end, t.len)
  const subLen = cpLength(sub)
  if (b - a < subLen) return -1
  if (subLen === 0) return b
  const r = rsearchUnits(s, sub, t.unit(a), t.unit(b))
  return r < 0 ? -1 : t.cp(r)
}

/// s.index(sub, start, end): like find, ValueError 'substring not found'.
export function pyIndex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const r = pyFind(s, sub, start, end)
  if (r < 0) throw new PyErrorSpec('ValueError', 'substring not found')
  return r
}

export function pyRindex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const r = pyRfind(s, sub, start, end)
  if (r < 0) throw new PyErrorSpec('ValueError', 'substring not found')
  return r
}

/// s.count(sub, start, end): non-overlapping occurrences.
export function pyCount(s: string, sub: string, start?: Bound, end?: Bound): number {
  const t = new Text(s)
  const [a, b] = adjust(start, end, t.len)
  const subLen = cpLength(sub)
  if (b - a < subLen) return 0
  if (subLen === 0) return b - a + 1
  const to = t.unit(b)
  let n = 0
  let r = searchUnits(s, sub, t.unit(a), to)
  while (r >= 0) {
    n++
    r = searchUnits(s, sub, r + sub.length, to)
  }
  return n
}

function tailmatch(s: string, sub: string, start: Bound, end: Bound, fromEnd: boolean): boolean {
  const t = new Text(s)
  let [a, b] = adjust(start, end, t.len)
  const subLen = cpLength(sub)
  b -= subLen
  if (b < a) return false
  if (subLen === 0) return true
  const at = fromEnd ? t.unit(b) : t.unit(a)
  return s.startsWith(sub, at) && boundary(s, at + sub.length)
}

/// s.startswith(prefix, start, end) for one prefix (the caller loops over a tuple).
export function pyStartswith(s: string, prefix: string, start?: Bound, end?: Bound): boolean {
  return tailmatch(s, prefix, start, end, false)
}

/// s.endswith(suffix, start, end) for one suffix.
export function pyEndswith(s: string, suffix: string, start?: Bound, end?: Bound): boolean {
  return tailmatch(s, suffix, start, end, true)
}

// ---------------------------------------------------------------- splitting

const isSpaceUnit = (c: number) => isSpaceCp(c) // all Python whitespace is in the BMP

/// s.split(sep, maxsplit): sep null/undefined splits on runs of whitespace.
export function pySplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  let max = maxsplit < 0 ? Infinity : maxsplit
  const out: string[] = []
  const n = s.length
  if (sep === null || sep === undefined) {
    let i = 0
    while (max-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++
      if (i === n) break
      const j = i
      i++
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++
      out.push(s.slice(j, i))
    }
    if (i < n) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++
      if (i !== n) out.push(s.slice(i))
    }
    return out
  }
  if (sep === '') throw new PyErrorSpec('ValueError', 'empty separator')
  let i = 0
  while (max-- > 0) {
    const j = searchUnits(s, sep, i, n)
    if (j < 0) break
    out.push(s.slice(i, j))
    i = j + sep.length
  }
  out.push(s.slice(i))
  return out
}

/// s.rsplit(sep, maxsplit)
export function pyRsplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  let max = maxsplit < 0 ? Infinity : maxsplit
  const out: string[] = []
  if (sep === null || sep === undefined) {
    let i = s.length - 1
    while (max-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--
      if (i < 0) break
      const j = i
      i--
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--
      out.push(s.slice(i + 1, j + 1))
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--
      if (i >= 0) out.push(s.slice(0, i + 1))
    }
    return out.reverse()
  }
  if (sep === '') throw new PyErrorSpec('ValueError', 'empty separator')
  let j = s.length
  while (max-- > 0) {
    const pos = rsearchUnits(s, sep, 0, j)
    if (pos < 0) break
    out.push(s.slice(pos + sep.length, j))
    j = pos
  }
  out.push(s.slice(0, j))
  return out.reverse()
}

/// s.splitlines(keepends): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
export function pySplitlines(s: string, keepends: boolean = false): string[] {
  const out: string[] = []
  const n = s.length
  let i = 0, j = 0
  while (i < n) {
    while (i < n && !isLineBreakCp(s.charCodeAt(i))) i++
    let eol = i
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2
      else i++
      if (keepends) eol = i
    }
    out.push(s.slice(j, eol))
    j = i
  }
  return out
}

/// s.partition(sep): [head, sep, tail], or [s, '', ''].
export function pyPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw new PyErrorSpec('ValueError', 'empty separator')
  const i = searchUnits(s, sep, 0, s.length)
  if (i < 0) return [s, '', '']
  return [s.slice(0, i), sep, s.slice(i + sep.length)]
}

/// s.rpartition(sep): [head, sep, tail], or ['', '', s].
export function pyRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw new PyErrorSpec('ValueError', 'empty separator')
  const i = rsearchUnits(s, sep, 0, s.length)
  if (i < 0) return ['', '', s]
  return [s.slice(0, i), sep, s.slice(i + sep.length)]
}

/// s.replace(old, new, count): count < 0 means all; an empty old inserts new
/// around every code point.
export function pyReplace(s: string, old: string, rep: string, count: number = -1): string {
  const max = count < 0 ? Infinity : count
  if (max === 0) return s
  if (old === '') {
    const cps = Array.from(s)
    let out = ''
    let k = 0
    for (; k < cps.length && k < max; k++) out += rep + cps[k]
    if (k < cps.length) return out + cps.slice(k).join('')
    return k < max ? out + rep : out
  }
  let out = ''
  let i = 0
  let done = 0
  while (done < max) {
    const j = searchUnits(s, old, i, s.length)
    if (j < 0) break
    out += s.slice(i, j) + rep
    i = j + old.length
    done++
  }
  return done === 0 ? s : out + s.slice(i)
}

// ---------------------------------------------------------------- stripping and padding

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  let test: (cp: number) => boolean
  if (chars === null || chars === undefined) test = isSpaceCp
  else {
    if (chars === '') return s
    const set = new Set<number>()
    for (const ch of chars) set.add(ch.codePointAt(0)!)
    test = (cp) => set.has(cp)
  }
  let a = 0, b = s.length
  if (left) {
    while (a < b) {
      const cp = s.codePointAt(a)!
      if (!test(cp)) break
      a += cp > 0xffff ? 2 : 1
    }
  }
  if (right) {
    while (b > a) {
      let u = b - 1
      const c = s.charCodeAt(u)
      if ((c & 0xfc00) === 0xdc00 && u > a && (s.charCodeAt(u - 1) & 0xfc00) === 0xd800) u--
      if (!test(s.codePointAt(u)!)) break
      b = u
    }
  }
  return a === 0 && b === s.length ? s : s.slice(a, b)
}

/// s.strip(chars): chars null/undefined strips whitespace.
export function pyStrip(s: string, chars?: string | null): string { return stripImpl(s, chars, true, true) }
export function pyLstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, true, false) }
export function pyRstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, false, true) }

function checkFill(fill: string): void {
  if (cpLength(fill) !== 1) throw new PyErrorSpec('TypeError', 'The fill character must be exactly one character long')
}

/// s.center(width, fill)
export function pyCenter(s: string, width: number, fill: string = ' '): string {
  checkFill(fill)
  const len = cpLength(s)
  if (len >= width) return s
  const marg = width - len
  const left = (marg >> 1) + (marg & width & 1)
  return fill.repeat(left) + s + fill.repeat(marg - left)
}

/// s.ljust(width, fill)
export function pyLjust(s: string, width: number, fill: string = ' '): string {
  checkFill(fill)
  const len = cpLength(s)
  return len >= width ? s : s + fill.repeat(width - len)
}

/// s.rjust(width, fill)
export function pyRjust(s: string, width: number, fill: string = ' '): string {
  checkFill(fill)
  const len = cpLength(s)
  return len >= width ? s : fill.repeat(width - len) + s
}

/// s.zfill(width): zeros after a leading sign.
export function pyZfill(s: string, width: number): string {
  const len = cpLength(s)
  if (len >= width) return s
  const fill = width - len
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(fill) + s.slice(1)
  return '0'.repeat(fill) + s
}

/// s.expandtabs(tabsize): columns restart after \n and \r; tabsize <= 0 drops tabs.
export function pyExpandtabs(s: string, tabsize: number = 8): string {
  if (!s.includes('\t')) return s
  let out = ''
  let col = 0
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize)
        col += incr
        out += ' '.repeat(incr)
      }
    } else {
      col++
      out += ch
      if (ch === '\n' || ch === '\r') col = 0
    }
  }
  return out
}
