/// The format-spec mini-language (format(v, spec), f"{v:spec}", str.format)
/// for ints, floats and strs, ported from CPython 3.11's
/// Python/formatter_unicode.c, with its error messages.
///
/// Widths and precisions count code points. The 'n' type uses the C locale
/// (CPython's default): no grouping, '.' as the decimal point.

import { PyErrorSpec } from './errors.ts'
import { formatFloatShort } from './dtoa.ts'
import { type PyInt, intToFloat, cpLength } from './num.ts'
import { checkStrDigits } from './int.ts'
import { decimalValue } from './unicode.ts'

export interface FormatSpec {
  fill: string // one code point
  fillSpecified: boolean
  align: '<' | '>' | '^' | '='
  alignSpecified: boolean
  sign: '' | '+' | '-' | ' '
  z: boolean // 'z': coerce negative zero (3.11)
  alt: boolean // '#'
  width: number // -1 when absent
  grouping: '' | ',' | '_'
  precision: number // -1 when absent
  type: string // the default type when absent
}

const err = (msg: string) => new PyErrorSpec('ValueError', msg)

function typeRepr(t: string): string {
  const c = t.codePointAt(0)!
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`
}

function unknownType(type: string, typeName: string): PyErrorSpec {
  return err(`Unknown format code '${typeRepr(type)}' for object of type '${typeName}'`)
}

const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^'

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
/// as CPython's parse_internal_render_format_spec does for an object whose
/// default type / alignment are given (int: 'd' '>'; float: '' '>'; str: 's' '<').
export function parseFormatSpec(spec: string, defaultType = '', defaultAlign: '<' | '>' = '>', typeName = 'object'): FormatSpec {
  const cs = Array.from(spec)
  const end = cs.length
  let pos = 0
  const f: FormatSpec = {
    fill: ' ', fillSpecified: false, align: defaultAlign, alignSpecified: false, sign: '',
    z: false, alt: false, width: -1, grouping: '', precision: -1, type: defaultType,
  }
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.align = cs[pos + 1] as FormatSpec['align']; f.alignSpecified = true
    f.fill = cs[pos]; f.fillSpecified = true
    pos += 2
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos] as FormatSpec['align']; f.alignSpecified = true
    pos++
  }
  if (end - pos >= 1 && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) {
    f.sign = cs[pos] as FormatSpec['sign']
    pos++
  }
  if (end - pos >= 1 && cs[pos] === 'z') { f.z = true; pos++ }
  if (end - pos >= 1 && cs[pos] === '#') { f.alt = true; pos++ }
  if (!f.fillSpecified && end - pos >= 1 && cs[pos] === '0') {
    f.fill = '0'
    if (!f.alignSpecified && defaultAlign === '>') f.align = '='
    pos++
  }
  const readInt = (): number => {
    let acc = 0, n = 0
    for (; pos < end; pos++, n++) {
      const v = decimalValue(cs[pos].codePointAt(0)!)
      if (v < 0) break
      if (acc > (9223372036854775807 - v) / 10) throw err('Too many decimal digits in format string')
      acc = acc * 10 + v
    }
    return n === 0 ? -1 : acc
  }
  f.width = readInt()
  if (end - pos >= 1 && cs[pos] === ',') { f.grouping = ','; pos++ }
  if (end - pos >= 1 && cs[pos] === '_') {
    if (f.grouping) throw err("Cannot specify both ',' and '_'.")
    f.grouping = '_'
    pos++
  }
  if (end - pos >= 1 && cs[pos] === ',' && f.grouping === '_') throw err("Cannot specify both ',' and '_'.")
  if (end - pos >= 1 && cs[pos] === '.') {
    pos++
    f.precision = readInt()
    if (f.precision < 0) throw err('Format specifier missing precision')
  }
  if (end - pos > 1) throw err(`Invalid format specifier '${spec}' for object of type '${typeName}'`)
  if (end - pos === 1) f.type = cs[pos]
  if (f.grouping) {
    const t = f.type
    const ok = t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === '' ||
      (f.grouping === '_' && (t === 'b' || t === 'o' || t === 'x' || t === 'X'))
    if (!ok) throw err(`Cannot specify '${f.grouping}' with '${typeRepr(t)}'.`)
  }
  return f
}

/// CPython's _PyUnicode_InsertThousandsGrouping: groups `digits` from the
/// right, padding with zeros (also grouped) up to minWidth.
function insertGrouping(digits: string, minWidth: number, sep: string, size: number): string {
  minWidth = Math.max(0, minWidth)
  if (!sep) return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits
  const parts: string[] = []
  let remaining = digits.length
  let pos = digits.length
  let useSep = false
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minWidth, 1))
    const nZeros = Math.max(0, l - remaining)
    const nChars = Math.max(0, Math.min(remaining, l))
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''))
    pos -= nChars
    useSep = true
    remaining -= nChars
    minWidth -= l
    if (remaining <= 0 && minWidth <= 0) break
    minWidth -= sep.length
  }
  return parts.reverse().join('')
}

/// calc_number_widths + fill_number:
/// [lpad][sign][prefix][spad][grouped digits][decimal point][remainder][rpad]
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string,
  hasDecimal: boolean, remainder: string, sep: string, groupSize: number): string {
  const sign = f.sign === '+' ? (negative ? '-' : '+') : f.sign === ' ' ? (negative ? '-' : ' ') : negative ? '-' : ''
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + cpLength(remainder)
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0
  const grouped = digits.length === 0 ? '' : insertGrouping(digits, minWidth, sep, groupSize)
  const padding = f.width - (nonDigit + grouped.length)
  let l = 0, s = 0, r = 0
  if (padding > 0) {
    switch (f.align) {
      case '<': r = padding; break
      case '^': l = padding >> 1; r = padding - l; break
      case '=': s = padding; break
      default: l = padding
    }
  }
  return f.fill.repeat(l) + sign + prefix + f.fill.repeat(s) + grouped + (hasDecimal ? '.' : '') + remainder + f.fill.repeat(r)
}

/// format(n, spec) for an int (typeName for messages: 'int', or 'bool').
export function formatInt(n: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') {
    if (typeof n === 'bigint') checkStrDigits(n < 0n ? n.toString().length - 1 : n.toString().length)
    return String(n)
  }
  const f = parseFormatSpec(spec, 'd', '>', typeName)
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(n, f)
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(n), f)
    default:
      throw unknownType(f.type, typeName)
  }
}

function formatIntInternal(n: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) throw err('Precision not allowed in integer format specifier')
  if (f.z) throw err('Negative zero coercion (z) not allowed in integer format specifier')
  const negative = typeof n === 'number' ? n < 0 : n < 0n
  if (f.type === 'c') {
    if (f.sign) throw err("Sign not allowed with integer format specifier 'c'")
    if (f.alt) throw err("Alternate form (#) not allowed with integer format specifier 'c'")
    const v = typeof n === 'number' ? n : (n > 0x10ffffn || n < 0n ? -1 : Number(n))
    if (v < 0 || v > 0x10ffff) throw new PyErrorSpec('OverflowError', '%c arg not in range(0x110000)')
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(v), '', 3)
  }
  const abs = typeof n === 'number' ? Math.abs(n) : (n < 0n ? -n : n)
  let base = 10
  let prefix = ''
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break
    case 'o': base = 8; prefix = '0o'; break
    case 'x': base = 16; prefix = '0x'; break
    case 'X': base = 16; prefix = '0X'; break
  }
  let digits = abs.toString(base)
  if (base === 10 && typeof abs === 'bigint') checkStrDigits(digits.length)
  if (f.type === 'X') digits = digits.toUpperCase()
  if (!f.alt) prefix = ''
  const sep = f.type === 'n' ? '' : f.grouping
  const size = f.grouping === '_' && base !== 10 ? 4 : 3
  return layoutNumber(f, negative, prefix, digits, false, '', sep, size)
}

/// format(x, spec) for a float (typeName for messages).
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return formatFloatShort(x, 'r', 0, { addDot0: true })
  const f = parseFormatSpec(spec, '', '>', typeName)
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(x, f)
    default:
      throw unknownType(f.type, typeName)
  }
}

function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw err('precision too big')
  let type = f.type
  let defaultPrecision = 6
  let addDot0 = false
  if (type === '') { addDot0 = true; type = 'r'; defaultPrecision = 0 }
  if (type === 'n') type = 'g'
  let addPct = false
  if (type === '%') { type = 'f'; x *= 100; addPct = true }
  let precision = f.precision
  if (precision < 0) precision = defaultPrecision
  else if (type === 'r') type = 'g'
  const upper = type === 'E' || type === 'F' || type === 'G'
  const code = type.toLowerCase() as 'e' | 'f' | 'g' | 'r'
  let buf = formatFloatShort(x, code, precision, { addDot0, alt: f.alt, noNeg0: f.z, upper })
  if (addPct) buf += '%'
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && !f.grouping) return buf
  let negative = false
  if (buf[0] === '-') { negative = true; buf = buf.slice(1) }
  // parse_number: leading digits, then an optional '.', then the remainder
  let i = 0
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++
  const digits = buf.slice(0, i)
  const hasDecimal = buf[i] === '.'
  const remainder = buf.slice(hasDecimal ? i + 1 : i)
  const sep = f.type === 'n' ? '' : f.grouping
  return layoutNumber(f, negative, '', digits, hasDecimal, remainder, sep, 3)
}

/// format(s, spec) for a str (typeName for messages).
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s
  const f = parseFormatSpec(spec, 's', '<', typeName)
  if (f.type !== 's') throw unknownType(f.type, typeName)
  if (f.sign) throw err(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier')
  if (f.z) throw err('Negative zero coercion (z) not allowed in string format specifier')
  if (f.alt) throw err('Alternate form (#) not allowed in string format specifier')
  if (f.align === '=') throw err("'=' alignment not allowed in string format specifier")
  let len = cpLength(s)
  let body = s
  if (f.precision >= 0 && len > f.precision) {
    body = len === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join('')
    len = f.precision
  }
  const pad = f.width - len
  if (pad <= 0) return body
  const left = f.align === '>' ? pad : f.align === '^' ? pad >> 1 : 0
  return f.fill.repeat(left) + body + f.fill.repeat(pad - left)
}
