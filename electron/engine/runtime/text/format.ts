/// The format-spec mini-language (format(v, spec), f"{v:spec}") for ints,
/// floats and strs, with CPython 3.11's error messages.

import { PyErrorSpec } from './errors.ts'
import { floatRepr, roundFloat } from './float.ts'

export interface FormatSpec {
  fill: string
  align: '<' | '>' | '^' | '=' | ''
  sign: '+' | '-' | ' ' | ''
  z: boolean
  alt: boolean
  zero: boolean
  width: number
  grouping: ',' | '_' | ''
  precision: number
  type: string
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
export function parseFormatSpec(spec: string): FormatSpec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec)
  if (!m) {
    if (/\.(?![0-9])/.test(spec)) throw new PyErrorSpec('ValueError', 'Format specifier missing precision')
    throw new PyErrorSpec('ValueError', 'Invalid format specifier')
  }
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: (m[2] ?? (m[6] && !m[2] ? '=' : '')) as FormatSpec['align'],
    sign: (m[3] ?? '') as FormatSpec['sign'],
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: (m[8] ?? '') as FormatSpec['grouping'],
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  }
}

function group(intPart: string, sep: string, every: number): string {
  if (!sep) return intPart
  let out = ''
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep
    out += intPart[i]
  }
  return out
}

function pad(body: string, signStr: string, f: FormatSpec, defaultAlign: '<' | '>'): string {
  const align = f.align || defaultAlign
  const len = [...signStr].length + [...body].length
  const n = Math.max(0, f.width - len)
  if (n === 0) return signStr + body
  const fill = f.fill
  switch (align) {
    case '<': return signStr + body + fill.repeat(n)
    case '>': return fill.repeat(n) + signStr + body
    case '^': return fill.repeat(Math.floor(n / 2)) + signStr + body + fill.repeat(n - Math.floor(n / 2))
    default: return signStr + fill.repeat(n) + body
  }
}

function signOf(neg: boolean, f: FormatSpec): string {
  return neg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : ''
}

/// format(n, spec) for an int.
export function formatInt(n: number | bigint, spec: string): string {
  const f = parseFormatSpec(spec)
  if ('eEfFgG%'.includes(f.type) && f.type !== '') return formatFloat(Number(n), spec)
  if (f.precision >= 0) throw new PyErrorSpec('ValueError', 'Precision not allowed in integer format specifier')
  const b = BigInt(n)
  const neg = b < 0n
  const abs = neg ? -b : b
  let digits: string
  let prefix = ''
  switch (f.type) {
    case '': case 'd': case 'n': digits = abs.toString(); break
    case 'b': digits = abs.toString(2); prefix = f.alt ? '0b' : ''; break
    case 'o': digits = abs.toString(8); prefix = f.alt ? '0o' : ''; break
    case 'x': digits = abs.toString(16); prefix = f.alt ? '0x' : ''; break
    case 'X': digits = abs.toString(16).toUpperCase(); prefix = f.alt ? '0X' : ''; break
    case 'c':
      if (f.sign) throw new PyErrorSpec('ValueError', "Sign not allowed with integer format specifier 'c'")
      return pad(String.fromCodePoint(Number(b)), '', f, '<')
    case 's': throw new PyErrorSpec('ValueError', "Unknown format code 's' for object of type 'int'")
    default: throw new PyErrorSpec('ValueError', `Unknown format code '${f.type}' for object of type 'int'`)
  }
  if (f.grouping) {
    if (f.grouping === ',' && 'boxX'.includes(f.type) && f.type !== '') throw new PyErrorSpec('ValueError', "Cannot specify ',' with '" + f.type + "'.")
    digits = group(digits, f.grouping, 'boxX'.includes(f.type) && f.type !== '' ? 4 : 3)
  }
  const signStr = signOf(neg, f) + prefix
  if (f.align === '=' || (f.zero && !f.align)) {
    const width = f.width - signStr.length
    if (f.fill === '0' && f.grouping && width > digits.length) {
      let raw = digits.replace(/[,_]/g, '')
      let g = group(raw, f.grouping, 3)
      while (g.length < width) { raw = '0' + raw; g = group(raw, f.grouping, 3) }
      return signStr + g
    }
  }
  return pad(digits, signStr, f, '>')
}

/// format(x, spec) for a float.
export function formatFloat(x: number, spec: string): string {
  const f = parseFormatSpec(spec)
  let type = f.type
  if (!'eEfFgGn%'.includes(type) || (type === '' && false)) {
    throw new PyErrorSpec('ValueError', `Unknown format code '${type}' for object of type 'float'`)
  }
  const neg = x < 0 || Object.is(x, -0)
  let ax = Math.abs(x)
  let body: string
  const prec = f.precision
  if (!Number.isFinite(ax)) {
    body = Number.isNaN(ax) ? 'nan' : 'inf'
    if ('EFG'.includes(type) && type !== '') body = body.toUpperCase()
    if (type === '%') body += '%'
  } else {
    switch (type) {
      case 'f': case 'F': {
        // ties go to even, on the exact binary value (toFixed would round them up)
        const p = prec < 0 ? 6 : prec
        body = (p <= 100 ? roundFloat(ax, p) : ax).toFixed(Math.min(p, 100))
        if (f.alt && prec === 0) body += '.'
        break
      }
      case '%': body = (ax * 100).toFixed(prec < 0 ? 6 : prec) + '%'; break
      case 'e': case 'E': body = expForm(ax, prec < 0 ? 6 : prec, f.alt); if (type === 'E') body = body.toUpperCase(); break
      case 'g': case 'G': case 'n': body = generalForm(ax, prec < 0 ? 6 : prec === 0 ? 1 : prec, f.alt); if (type === 'G') body = body.toUpperCase(); break
      default: // no type: like 'g' but at least one decimal digit, repr when no precision
        if (prec < 0) body = floatRepr(ax)
        else {
          body = generalForm(ax, prec === 0 ? 1 : prec, f.alt)
          if (!/[.e]/.test(body)) body += '.0'
        }
    }
  }
  if (f.z && neg && Number(body.replace(/[^0-9.e+-]/g, '')) === 0) ax = 0
  const isNeg = neg && !(f.z && /^[0.]*%?$/.test(body.replace(/e.*$/, '')))
  if (f.grouping) {
    const m = /^(\d+)(.*)$/.exec(body)
    if (m) body = group(m[1], f.grouping, 3) + m[2]
  }
  const signStr = signOf(isNeg && !Number.isNaN(x), f)
  if ((f.zero && !f.align) || f.align === '=') {
    const n = f.width - signStr.length - body.length
    if (n > 0) {
      if (f.grouping && f.fill === '0') {
        const m = /^([\d,_]+)(.*)$/.exec(body)!
        let raw = m[1].replace(/[,_]/g, '')
        let g = group(raw, f.grouping, 3)
        while (g.length + m[2].length < f.width - signStr.length) { raw = '0' + raw; g = group(raw, f.grouping, 3) }
        return signStr + g + m[2]
      }
      return signStr + f.fill.repeat(n) + body
    }
  }
  return pad(body, signStr, f, '>')
}

function expForm(x: number, prec: number, alt: boolean): string {
  const s = x.toExponential(Math.min(prec, 100))
  const m = /^(\d(?:\.\d+)?)e([+-])(\d+)$/.exec(s)!
  let mant = m[1]
  if (alt && !mant.includes('.')) mant += '.'
  return `${mant}e${m[2]}${m[3].padStart(2, '0')}`
}

function generalForm(x: number, prec: number, alt: boolean): string {
  if (x === 0) return alt ? '0.' + '0'.repeat(prec - 1) : '0'
  const exp = Number(x.toExponential(prec - 1).split('e')[1])
  let s: string
  if (exp >= -4 && exp < prec) {
    s = x.toFixed(Math.max(0, prec - 1 - exp))
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '')
  } else {
    s = expForm(x, prec - 1, alt)
    if (!alt) s = s.replace(/\.?0+e/, 'e')
  }
  return s
}

/// format(s, spec) for a str.
export function formatStr(s: string, spec: string): string {
  const f = parseFormatSpec(spec)
  if (f.type !== '' && f.type !== 's') throw new PyErrorSpec('ValueError', `Unknown format code '${f.type}' for object of type 'str'`)
  if (f.sign) throw new PyErrorSpec('ValueError', 'Sign not allowed in string format specifier')
  if (f.alt) throw new PyErrorSpec('ValueError', 'Alternate form (#) not allowed in string format specifier')
  if (f.grouping) throw new PyErrorSpec('ValueError', `Cannot specify '${f.grouping}' with 's'.`)
  if (f.align === '=') throw new PyErrorSpec('ValueError', "'=' alignment not allowed in string format specifier")
  const body = f.precision >= 0 ? [...s].slice(0, f.precision).join('') : s
  return pad(body, '', f, '<')
}
