/// printf-style formatting, `fmt % args` for a str fmt: a port of CPython
/// 3.11's PyUnicode_Format (Objects/unicodeobject.c), with its errors.
///
/// Values are opaque; the converters say what they are. Positions in error
/// messages count code points.

import { PyErrorSpec } from './errors.ts'
import { formatFloatShort } from './dtoa.ts'
import { type PyInt, normAny, cpLength } from './num.ts'
import { checkStrDigits } from './int.ts'

export interface PercentConverters {
  str(v: unknown): string
  repr(v: unknown): string
  ascii(v: unknown): string
  /// int(v) for %d %i %u: the int for ints and bools, the truncated value for
  /// floats (a NaN or infinite result raises like int(nan) / int(inf)), null
  /// when v is not a number.
  toInt(v: unknown): PyInt | null
  /// float(v) for %e %f %g: null when v is not a real number.
  toFloat(v: unknown): number | null
  /// type(v).__name__, for messages.
  typeName(v: unknown): string
  /// operator.index(v) for %x %o %X %c and '*': null when v has no __index__.
  /// Optional: defaults to toInt(v), except null when typeName(v) is 'float'.
  toIndex?(v: unknown): PyInt | null
  /// v's text when v is a str, else null (for %c). Optional: defaults to
  /// str(v) when typeName(v) is 'str'.
  asStr?(v: unknown): string | null
}

/// The right operand when it is a mapping (CPython: any object with
/// __getitem__ other than a tuple or str, e.g. a dict, but also a list):
/// `get` looks a key up (raising the VM's KeyError itself when missing) and
/// `single` is the object itself, used by specs without a key.
export interface PercentMapping {
  get(key: string): unknown
  single: unknown
}

/// `PercentArg[]` is the tuple's items; a single non-tuple, non-mapping
/// operand is passed as a one-element array.
export type PercentArg = unknown

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16

export function percentFormat(fmt: string, args: PercentArg[] | PercentMapping, cv: PercentConverters): string {
  const dict = Array.isArray(args) ? null : (args as PercentMapping)
  // the state of CPython's unicode_formatter_t: with arglen -1, `cur` is the one argument
  let cur: unknown = dict ? dict.single : args
  let arglen = dict ? -1 : (args as unknown[]).length
  let argidx = dict ? -2 : 0
  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++
      return arglen < 0 ? cur : (cur as unknown[])[i]
    }
    throw new PyErrorSpec('TypeError', 'not enough arguments for format string')
  }
  const toIndex = (v: unknown): PyInt | null =>
    cv.toIndex ? cv.toIndex(v) : cv.typeName(v) === 'float' ? null : cv.toInt(v)
  const isInt = (v: unknown): boolean => {
    const t = cv.typeName(v)
    return t === 'int' || t === 'bool'
  }

  const cs = fmt.length === cpLength(fmt) ? null : Array.from(fmt)
  const n = cs ? cs.length : fmt.length
  const at = (i: number): string => (i < n ? (cs ? cs[i] : fmt[i]) : '\0')
  const slice = (a: number, b: number) => (cs ? cs.slice(a, b).join('') : fmt.slice(a, b))
  let out = ''
  let pos = 0
  while (pos < n) {
    const pct = cs ? cs.indexOf('%', pos) : fmt.indexOf('%', pos)
    if (pct < 0) { out += slice(pos, n); break }
    if (pct > pos) out += slice(pos, pct)
    pos = pct + 1
    // unicode_format_arg
    if (pos < n && at(pos) === '%') { out += '%'; pos++; continue }
    if (pos < n && at(pos) === '(') {
      if (!dict) throw new PyErrorSpec('TypeError', 'format requires a mapping')
      pos++
      const keyStart = pos
      let pcount = 1
      while (pcount > 0 && pos < n) {
        const c = at(pos)
        if (c === ')') pcount--
        else if (c === '(') pcount++
        pos++
      }
      if (pcount > 0) throw new PyErrorSpec('ValueError', 'incomplete format key')
      cur = dict.get(slice(keyStart, pos - 1))
      arglen = -1
      argidx = -2
    }
    let ch = ''
    let flags = 0
    let width = -1
    let prec = -1
    let exhausted = true
    while (pos < n) {
      ch = at(pos++)
      if (ch === '-') flags |= F_LJUST
      else if (ch === '+') flags |= F_SIGN
      else if (ch === ' ') flags |= F_BLANK
      else if (ch === '#') flags |= F_ALT
      else if (ch === '0') flags |= F_ZERO
      else { exhausted = false; break }
    }
    if (exhausted) throw new PyErrorSpec('ValueError', 'incomplete format')
    // reads the next format character into ch; false (and exhausted) at the end
    const readNext = (): boolean => {
      if (pos < n) { ch = at(pos++); return true }
      exhausted = true
      return false
    }
    if (ch === '*') {
      const v = nextArg()
      if (!isInt(v)) throw new PyErrorSpec('TypeError', '* wants int')
      width = Number(toIndex(v))
      if (width < 0) { flags |= F_LJUST; width = -width }
      readNext()
    } else if (ch >= '0' && ch <= '9') {
      width = ch.charCodeAt(0) - 48
      while (readNext()) {
        if (ch < '0' || ch > '9') break
        width = width * 10 + (ch.charCodeAt(0) - 48)
        if (width > Number.MAX_SAFE_INTEGER) throw new PyErrorSpec('ValueError', 'width too big')
      }
    }
    if (!exhausted && ch === '.') {
      prec = 0
      readNext()
      const c = ch as string
      if (!exhausted && c === '*') {
        const v = nextArg()
        if (!isInt(v)) throw new PyErrorSpec('TypeError', '* wants int')
        prec = Number(toIndex(v))
        if (prec < 0) prec = 0
        readNext()
      } else if (!exhausted && c >= '0' && c <= '9') {
        prec = c.charCodeAt(0) - 48
        while (readNext()) {
          if (ch < '0' || ch > '9') break
          prec = prec * 10 + (ch.charCodeAt(0) - 48)
          if (prec > 2147483647) throw new PyErrorSpec('ValueError', 'precision too big')
        }
      }
    }
    if (!exhausted && (ch === 'h' || ch === 'l' || ch === 'L')) readNext()
    if (exhausted) throw new PyErrorSpec('ValueError', 'incomplete format')

    // unicode_format_arg_format: the argument is taken before the type is checked
    const v = nextArg()
    let str: string
    let signed = false
    switch (ch) {
      case 's': case 'r': case 'a':
        str = ch === 's' ? cv.str(v) : ch === 'r' ? cv.repr(v) : cv.ascii(v)
        break
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        str = formatLong(v, ch, flags, prec, cv, toIndex)
        signed = true
        break
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = cv.toFloat(v)
        if (x === null) throw new PyErrorSpec('TypeError', `must be real number, not ${cv.typeName(v)}`)
        const lower = ch.toLowerCase() as 'e' | 'f' | 'g'
        str = formatFloatShort(x, lower, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0, upper: ch !== lower })
        signed = true
        break
      }
      case 'c':
        str = formatChar(v, cv, toIndex)
        break
      default: {
        const cp = ch.codePointAt(0)!
        const shown = cp >= 31 && cp <= 126 ? ch : '?'
        throw new PyErrorSpec('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`)
      }
    }
    out += outputArg(str, ch, flags, width, prec, signed)
    if (dict && argidx < arglen) throw new PyErrorSpec('TypeError', 'not all arguments converted during string formatting')
  }
  if (argidx < arglen && !dict) throw new PyErrorSpec('TypeError', 'not all arguments converted during string formatting')
  return out
}

function intValue(v: unknown, ch: string, cv: PercentConverters, toIndex: (v: unknown) => PyInt | null): PyInt {
  const indexOnly = ch === 'o' || ch === 'x' || ch === 'X'
  const r = indexOnly ? toIndex(v) : cv.toInt(v)
  if (r === null) {
    throw new PyErrorSpec('TypeError', indexOnly
      ? `%${ch} format: an integer is required, not ${cv.typeName(v)}`
      : `%${ch} format: a real number is required, not ${cv.typeName(v)}`)
  }
  if (typeof r === 'number') {
    if (Number.isNaN(r)) throw new PyErrorSpec('ValueError', 'cannot convert float NaN to integer')
    if (!Number.isFinite(r)) throw new PyErrorSpec('OverflowError', 'cannot convert float infinity to integer')
    const t = Math.trunc(r)
    return normAny(Number.isSafeInteger(t) ? t : BigInt(t))
  }
  return r
}

/// _PyUnicode_FormatLong: digits in the base, precision as a minimum digit
/// count, '0x'/'0o' prefix only with '#', upper case for 'X'.
function formatLong(v: unknown, ch: string, flags: number, prec: number, cv: PercentConverters,
  toIndex: (v: unknown) => PyInt | null): string {
  const n = intValue(v, ch, cv, toIndex)
  const neg = typeof n === 'number' ? n < 0 : n < 0n
  const abs = typeof n === 'number' ? Math.abs(n) : (neg ? -n : n)
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10
  let digits = abs.toString(base)
  if (base === 10 && typeof abs === 'bigint') checkStrDigits(digits.length)
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits
  let prefix = ''
  if (flags & F_ALT) prefix = base === 8 ? '0o' : base === 16 ? '0x' : ''
  const s = (neg ? '-' : '') + prefix + digits
  return ch === 'X' ? s.toUpperCase() : s
}

function formatChar(v: unknown, cv: PercentConverters, toIndex: (v: unknown) => PyInt | null): string {
  const s = cv.asStr ? cv.asStr(v) : cv.typeName(v) === 'str' ? cv.str(v) : null
  if (s !== null) {
    if (cpLength(s) === 1) return s
    throw new PyErrorSpec('TypeError', '%c requires int or char')
  }
  const n = toIndex(v)
  if (n === null) throw new PyErrorSpec('TypeError', '%c requires int or char')
  const x = typeof n === 'number' ? n : (n < 0n || n > 0x10ffffn ? -1 : Number(n))
  if (x < 0 || x > 0x10ffff) throw new PyErrorSpec('OverflowError', '%c arg not in range(0x110000)')
  return String.fromCodePoint(x)
}

/// unicode_format_arg_output: sign, '0x' prefix, padding and truncation.
function outputArg(str: string, ch: string, flags: number, width: number, prec: number, signed: boolean): string {
  const fill = signed && (flags & F_ZERO) ? '0' : ' '
  let len = cpLength(str)
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str
  const chars = len === str.length ? null : Array.from(str)
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) len = prec
  let p = 0
  let signchar = ''
  if (signed) {
    const c = str[0]
    if (c === '-' || c === '+') { signchar = c; len--; p++ }
    else if (flags & F_SIGN) signchar = '+'
    else if (flags & F_BLANK) signchar = ' '
    else signed = false
  }
  if (width < len) width = len
  let out = ''
  if (signed) {
    if (fill !== ' ') out += signchar
    if (width > len) width--
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o')
  if (altPrefix) {
    if (fill !== ' ') { out += str.substr(p, 2); p += 2 }
    width -= 2
    if (width < 0) width = 0
    len -= 2
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len)
    width = len
  }
  if (fill === ' ') {
    if (signed) out += signchar
    if (altPrefix) { out += str.substr(p, 2); p += 2 }
  }
  if (len > 0) out += chars ? chars.slice(p, p + len).join('') : str.substr(p, len)
  if (width > len) out += ' '.repeat(width - len)
  return out
}
