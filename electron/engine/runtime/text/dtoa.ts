/// Decimal digits of doubles, as CPython's _Py_dg_dtoa produces them, and
/// CPython's format_float_short (Python/pystrtod.c), which lays the digits out
/// for repr(), format() and %-formatting.
///
/// Modes (as in dtoa.c): 0 = shortest round-tripping digits; 2 = `ndigits`
/// significant digits; 3 = `ndigits` digits after the decimal point. Modes 2
/// and 3 round the exact binary value half to even, like dtoa.

/// Digits d (no leading or trailing zeros) and decimal point position:
/// |x| = 0.d × 10**decpt. Zero is {d: '0', decpt: 1}; a value rounded away
/// to nothing in mode 3 is {d: '', decpt: -ndigits}.
export interface Digits { d: string; decpt: number }

const view = new DataView(new ArrayBuffer(8))
const pow5Cache: bigint[] = [1n]

function pow5(k: number): bigint {
  let p = pow5Cache[k]
  if (p === undefined) { p = 5n ** BigInt(k); if (k < 1100) pow5Cache[k] = p }
  return p
}

/// |x| = m × 2**e with m odd (x finite, nonzero).
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x)
  const hi = view.getUint32(0), lo = view.getUint32(4)
  const expBits = (hi >>> 20) & 0x7ff
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo)
  let e: number
  if (expBits === 0) e = -1074
  else { m += 1n << 52n; e = expBits - 1075 }
  while ((m & 0xffffn) === 0n) { m >>= 16n; e += 16 }
  while ((m & 1n) === 0n) { m >>= 1n; e += 1 }
  return { m, e }
}

/// The exact decimal expansion of |x| (finite, nonzero).
export function exactDigits(ax: number): Digits {
  ax = Math.abs(ax)
  let s: string, decpt: number
  if (Number.isInteger(ax) && ax <= Number.MAX_SAFE_INTEGER) {
    s = String(ax); decpt = s.length
  } else {
    const { m, e } = decompose(ax)
    if (e >= 0) { s = (m << BigInt(e)).toString(); decpt = s.length }
    else { s = (m * pow5(-e)).toString(); decpt = s.length + e }
  }
  let end = s.length
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--
  return { d: s.slice(0, end), decpt }
}

/// The shortest digits that round-trip (JS and dtoa mode 0 agree on these).
export function shortestDigits(ax: number): Digits {
  ax = Math.abs(ax)
  if (ax === 0) return { d: '0', decpt: 1 }
  const s = ax.toExponential()
  const ePos = s.indexOf('e')
  const mant = s.slice(0, ePos).replace('.', '')
  let end = mant.length
  while (end > 1 && mant.charCodeAt(end - 1) === 48) end--
  return { d: mant.slice(0, end), decpt: Number(s.slice(ePos + 1)) + 1 }
}

/// Rounds exact digits to `keep` digits, half to even. Returns '' digits for zero.
function roundDigits(dg: Digits, keep: number): Digits {
  const { d, decpt } = dg
  if (keep >= d.length) return dg
  if (keep < 0) return { d: '', decpt }
  const next = d.charCodeAt(keep) - 48
  let up: boolean
  if (next > 5) up = true
  else if (next < 5) up = false
  else if (d.length > keep + 1) up = true // digits beyond are nonzero (no trailing zeros)
  else up = keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1 // exact tie: to even
  let head = d.slice(0, keep)
  if (!up) {
    let end = head.length
    while (end > 0 && head.charCodeAt(end - 1) === 48) end--
    return { d: head.slice(0, end), decpt }
  }
  // increment the kept digits; the carried-over 9s become trailing zeros and go
  let i = head.length - 1
  while (i >= 0 && head[i] === '9') i--
  if (i < 0) return { d: '1', decpt: decpt + 1 }
  head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1)
  return { d: head, decpt }
}

/// _Py_dg_dtoa(x, mode, ndigits) for finite x: digits of |x|.
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (x === 0) return { d: '0', decpt: 1 }
  if (mode === 0) return shortestDigits(x)
  const ex = exactDigits(x)
  if (mode === 2) return roundDigits(ex, Math.max(1, ndigits))
  const r = roundDigits(ex, ex.decpt + ndigits)
  return r.d === '' ? { d: '', decpt: -ndigits } : r
}

export interface FloatFlags {
  sign?: boolean // always add a sign ('+' for non-negatives)
  addDot0?: boolean // add '.0' to integral results (repr, format type '')
  alt?: boolean // '#': keep the decimal point / trailing zeros
  noNeg0?: boolean // 'z': no '-' for a result that rounds to zero
  upper?: boolean // 'E', 'F', 'G': INF, NAN, E
}

/// PyOS_double_to_string(x, code, precision, flags) for code in 'e' 'f' 'g' 'r'
/// (pass flags.upper for 'E' 'F' 'G').
export function formatFloatShort(x: number, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: FloatFlags = {}): string {
  let mode: 0 | 2 | 3
  switch (code) {
    case 'e': mode = 2; precision++; break
    case 'f': mode = 3; break
    case 'g': mode = 2; if (precision === 0) precision = 1; break
    default: mode = 0; precision = 0
  }
  let neg = x < 0 || Object.is(x, -0)
  if (Number.isNaN(x) || !Number.isFinite(x)) {
    const body = Number.isNaN(x) ? (flags.upper ? 'NAN' : 'nan') : (flags.upper ? 'INF' : 'inf')
    if (Number.isNaN(x)) neg = false
    return (neg ? '-' : flags.sign ? '+' : '') + body
  }
  if (code === 'f' && precision <= 100) {
    // fast path: toFixed rounds the exact value correctly except that it
    // breaks exact ties upward; a tie needs |x| * 2**(precision+1) odd
    const ax = Math.abs(x)
    if (ax < 1e21) {
      const y = ax * 2 ** (precision + 1)
      if (!(Number.isInteger(y) && y % 2 === 1)) {
        let body = ax.toFixed(precision)
        if (flags.alt && precision === 0) body += '.'
        if (neg && flags.noNeg0 && /^[0.]*$/.test(body)) neg = false
        return (neg ? '-' : flags.sign ? '+' : '') + body
      }
    }
  }
  const dg = dtoa(x, mode, precision)
  const digits = dg.d
  let decpt = dg.decpt
  const digitsLen = digits.length
  if (flags.noNeg0 && neg && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) neg = false

  let vEnd = digitsLen
  let useExp = false
  switch (code) {
    case 'e': useExp = true; vEnd = precision; break
    case 'f': vEnd = decpt + precision; break
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true
      if (flags.alt) vEnd = precision
      break
    default:
      if (decpt <= -4 || decpt > 16) useExp = true
  }
  let exp = 0
  if (useExp) { exp = decpt - 1; decpt = 1 }
  const vStart = decpt <= 0 ? decpt - 1 : 0
  if (!useExp && flags.addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1
  else vEnd = vEnd > decpt ? vEnd : decpt

  let out = neg ? '-' : flags.sign ? '+' : ''
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt)
  else out += '0'.repeat(-vStart)
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt)
  else out += digits
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt)
  else out += '0'.repeat(vEnd - digitsLen)
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1)
  if (useExp) {
    const a = Math.abs(exp)
    out += (flags.upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a))
  }
  return out
}
