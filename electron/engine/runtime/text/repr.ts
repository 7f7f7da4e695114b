/// Python's repr() of a str: quote choice and escapes, as CPython 3.11 prints them.

function isPrintable(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false
  if (cp >= 0x80 && cp <= 0xa0) return false
  if (cp === 0xad) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  const ch = String.fromCodePoint(cp)
  // separators other than the ASCII space, and other non-printing classes
  return !/[\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u.test(ch) && !(/\p{Zs}/u.test(ch) && cp !== 0x20)
}

/// repr(s)
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (isPrintable(cp)) out += ch
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0')
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0')
    else out += '\\U' + cp.toString(16).padStart(8, '0')
  }
  return out + quote
}
