/// CPython's traceback report for an exception, with its chain of causes.

import { Kind } from './heap.ts'
import * as L from './layout.ts'
import { type Runtime } from './runtime.ts'
import { type Value, None, True, addrOf } from './value.ts'
import { str } from './protocol.ts'
import { PyError } from './runtime.ts'

/// `Type: message` (qualified by module unless builtins or __main__).
export function exceptionLine(rt: Runtime, exc: Value): string {
  const cls = rt.typeOf(exc)
  let name = rt.str(rt.f[cls + L.Class.QUALNAME])
  const mod = rt.f[cls + L.Class.MODULE]
  if (rt.isStr(mod)) {
    const m = rt.str(mod)
    if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`
  }
  let msg: string
  try {
    msg = str(rt, exc)
  } catch (e) {
    if (!(e instanceof PyError)) throw e
    msg = '<exception str() failed>'
  }
  return msg === '' ? name : `${name}: ${msg}`
}

/// The line of the program where exc was raised (its innermost frame that
/// is not the kitchen's library), or 0.
export function raisedAtLine(rt: Runtime, exc: Value): number {
  if (rt.kindOf(exc) !== Kind.EXCEPTION) return 0
  const tb = rt.f[addrOf(exc) + L.Exc.TB]
  if (tb === None) return 0
  const items = rt.listItems(tb)
  for (let i = 0; i + 1 < items.length; i += 2) {
    const code = rt.codes.get(items[i] / 8)
    if (code && !(code.flags & 32 /* INTERNAL */)) return items[i + 1] / 8
  }
  return 0
}

function frames(rt: Runtime, exc: Value): string {
  const tb = rt.f[addrOf(exc) + L.Exc.TB]
  if (tb === None) return ''
  const items = rt.listItems(tb)
  const lines: string[] = []
  // entries were recorded innermost first
  for (let i = items.length - 2; i >= 0; i -= 2) {
    const code = rt.codes.get(items[i] / 8)
    if (!code || code.flags & 32 /* INTERNAL */) continue
    const line = items[i + 1] / 8
    lines.push(`  File "${code.filename}", line ${line}, in ${code.name}`)
    const src = code.sourceLines[line - 1]
    if (src !== undefined && src.trim() !== '') lines.push(`    ${src.trim()}`)
  }
  return lines.length ? 'Traceback (most recent call last):\n' + lines.join('\n') + '\n' : ''
}

/// The whole report, as CPython prints it for an uncaught exception.
export function formatException(rt: Runtime, exc: Value, seen = new Set<Value>()): string {
  seen.add(exc)
  const a = addrOf(exc)
  let out = ''
  const cause = rt.f[a + L.Exc.CAUSE]
  const context = rt.f[a + L.Exc.CONTEXT]
  if (cause !== None && !seen.has(cause)) {
    out += formatException(rt, cause, seen) + '\nThe above exception was the direct cause of the following exception:\n\n'
  } else if (context !== None && rt.f[a + L.Exc.SUPPRESS] !== True && !seen.has(context)) {
    out += formatException(rt, context, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n'
  }
  const suggestion = rt.f[a + L.Exc.SUGGEST]
  const didYouMean = rt.isStr(suggestion) ? `. Did you mean: '${rt.str(suggestion)}'?` : ''
  return out + frames(rt, exc) + exceptionLine(rt, exc) + didYouMean + '\n'
}
