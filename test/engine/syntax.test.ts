/// SyntaxErrors: the kitchen reports the same exception line and line
/// number as python3 for common mistakes, and never crashes on bad input.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { parse } from '../../electron/engine/front/parse.ts'
import { compile } from '../../electron/engine/compile/compiler.ts'
import { PySyntaxError } from '../../electron/engine/front/syntax-error.ts'

const CASES: string[] = [
  'x = = 1\n',
  'if x\n    pass\n',
  'def f():\nreturn 1\n',
  'print("unclosed)\n',
  'for i in range(3):\n    pass\n  x = 1\n',
  'return 5\n',
  'break\n',
  'f() = 3\n',
  '5 = x\n',
  'def f(a, a):\n    pass\n',
  'def f():\n    x = 1\n    global x\n',
  'nonlocal y\n',
  'while True:\n    pass\nelse\n',
]

/// python3's (type, message, line) for a source that does not compile.
function cpython(src: string): { type: string; message: string; line: number } {
  const r = spawnSync('python3', ['-c', `
import sys, json
src = sys.stdin.read()
try:
    compile(src, "program.py", "exec")
    print(json.dumps(None))
except SyntaxError as e:
    print(json.dumps({"type": type(e).__name__, "message": e.msg, "line": e.lineno}))
`], { input: src, encoding: 'utf8' })
  return JSON.parse(r.stdout)
}

function kitchen(src: string): { type: string; message: string; line: number } | null {
  try {
    compile(parse(src, 'program.py'), 'program.py', src)
    return null
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    return { type: e.excType, message: e.pyMessage, line: e.line }
  }
}

for (const src of CASES) {
  test(`syntax error like CPython: ${JSON.stringify(src)}`, () => {
    const want = cpython(src)
    const got = kitchen(src)
    expect(got).not.toBeNull()
    expect(got!.line).toBe(want.line)
    expect(got!.type).toBe(want.type)
  })
}

test('unsupported syntax names the construct', () => {
  expect(kitchen('async def f():\n    pass\n')).toEqual({ type: 'SyntaxError', message: "'async def' is not supported in the kitchen", line: 1 })
  expect(kitchen('match x:\n    case 1:\n        pass\n')?.message).toBe("'match' is not supported in the kitchen")
})

test('mangled programs give a SyntaxError or a module, never a crash', () => {
  const seed = 'import threading\nimport time\n\ndef bake():\n    print("baking")\n    time.sleep(1)\n\nt = threading.Thread(target=bake)\nt.start()\nt.join()\n'
  let state = 12345
  const rand = (n: number) => { state = (state * 1103515245 + 12345) & 0x7fffffff; return state % n }
  for (let i = 0; i < 300; i++) {
    let s = seed
    for (let k = 0; k < 3; k++) {
      const at = rand(s.length)
      s = rand(2) ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + '():=,"\n '[rand(8)] + s.slice(at)
    }
    try {
      compile(parse(s, 'p.py'), 'p.py', s)
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError)
    }
  }
})
