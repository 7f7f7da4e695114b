/// printf-style formatting: `'%s %5.2f' % args`.

import { PyErrorSpec } from './errors.ts'
import { formatFloat, formatInt } from './format.ts'

export interface PercentConverters {
  str(v: unknown): string
  repr(v: unknown): string
  ascii(v: unknown): string
  toInt(v: unknown): number | bigint | null
  toFloat(v: unknown): number | null
  typeName(v: unknown): string
}

/// A mapping argument (`%(name)s`): lookup by key, plus the mapping itself.
export interface PercentMapping {
  get(key: string): unknown
  single: unknown
}

export function percentFormat(fmt: string, args: unknown[] | PercentMapping, cv: PercentConverters): string {
  const isMap = !Array.isArray(args)
  let next = 0
  const take = (): unknown => {
    if (isMap) return (args as PercentMapping).single
    const list = args as unknown[]
    if (next >= list.length) throw new PyErrorSpec('TypeError', 'not enough arguments for format string')
    return list[next++]
  }
  let out = ''
  let usedMapKey = false
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]
    if (c !== '%') { out += c; continue }
    const start = i
    i++
    let key: string | null = null
    if (fmt[i] === '(') {
      const end = fmt.indexOf(')', i)
      if (end < 0) throw new PyErrorSpec('ValueError', 'incomplete format key')
      key = fmt.slice(i + 1, end)
      i = end + 1
      usedMapKey = true
    }
    let flags = ''
    while ('-+ #0'.includes(fmt[i]) && i < fmt.length) flags += fmt[i++]
    let width = ''
    if (fmt[i] === '*') { width = String(cv.toInt(take())); i++ } else while (/\d/.test(fmt[i] ?? '')) width += fmt[i++]
    let prec = ''
    let hasPrec = false
    if (fmt[i] === '.') {
      hasPrec = true
      i++
      if (fmt[i] === '*') { prec = String(cv.toInt(take())); i++ } else while (/\d/.test(fmt[i] ?? '')) prec += fmt[i++]
    }
    while ('hlL'.includes(fmt[i] ?? 'x')) i++
    const type = fmt[i]
    if (type === undefined) throw new PyErrorSpec('ValueError', 'incomplete format')
    if (type === '%') { out += '%'; continue }
    const value = key !== null ? (args as PercentMapping).get(key) : take()
    const align = flags.includes('-') ? '<' : '>'
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
    const zero = flags.includes('0') && !flags.includes('-') ? '0' : ''
    const spec = (p: string, t: string) => `${zero ? '' : align}${sign}${flags.includes('#') ? '#' : ''}${zero}${width}${p}${t}`
    switch (type) {
      case 's': case 'r': case 'a': {
        let s = type === 's' ? cv.str(value) : type === 'r' ? cv.repr(value) : cv.ascii(value)
        if (hasPrec) s = [...s].slice(0, Number(prec || 0)).join('')
        const w = Number(width || 0)
        const n = Math.max(0, w - [...s].length)
        out += align === '<' ? s + ' '.repeat(n) : ' '.repeat(n) + s
        break
      }
      case 'd': case 'i': case 'u': {
        const n = cv.toInt(value)
        if (n === null) throw new PyErrorSpec('TypeError', `%${type} format: a real number is required, not ${cv.typeName(value)}`)
        out += formatInt(n, spec('', 'd'))
        break
      }
      case 'x': case 'X': case 'o': {
        const n = cv.toInt(value)
        if (n === null || cv.toFloat(value) !== Number(n)) throw new PyErrorSpec('TypeError', `%${type} format: an integer is required, not ${cv.typeName(value)}`)
        out += formatInt(n, spec('', type))
        break
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = cv.toFloat(value)
        if (x === null) throw new PyErrorSpec('TypeError', `must be real number, not ${cv.typeName(value)}`)
        out += formatFloat(x, spec(hasPrec ? '.' + (prec || '0') : '', type))
        break
      }
      case 'c': {
        const n = cv.toInt(value)
        out += n !== null ? String.fromCodePoint(Number(n)) : cv.str(value)
        break
      }
      default:
        throw new PyErrorSpec('ValueError', `unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)}) at index ${i}`)
    }
    void start
  }
  if (!isMap && next < (args as unknown[]).length) throw new PyErrorSpec('TypeError', 'not all arguments converted during string formatting')
  void usedMapKey
  return out
}
