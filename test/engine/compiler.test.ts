/// The compiler: every program we have compiles; every code object passes an
/// independent verifier written from chunk.ts's documented stack effects
/// (depths agree wherever paths meet, nothing underflows, blocks are undone
/// before a return, closures match the inner code's free variables); the
/// shapes the VM relies on are emitted exactly; scopes resolve as CPython's;
/// compile errors carry CPython 3.11's messages and lines; and feature
/// programs print under the VM what python3 prints.

import { describe, test, expect } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import type * as A from '../../electron/engine/front/ast.ts'
import { parse } from '../../electron/engine/front/parse.ts'
import { PySyntaxError } from '../../electron/engine/front/syntax-error.ts'
import { compile } from '../../electron/engine/compile/compiler.ts'
import { CodeFlags, type CodeObject } from '../../electron/engine/compile/chunk.ts'
import { disassemble, OP_NAMES } from '../../electron/engine/compile/disasm.ts'
import { runProgram } from '../../electron/engine/index.ts'
import { ROOT } from '../support/corpus.ts'

// ---------------------------------------------------------------- helpers

function compileSrc(src: string, internal = false): CodeObject {
  return compile(parse(src, 'program.py'), 'program.py', src, { internal })
}

/// A code object and all code objects nested in it.
function allCodes(code: CodeObject): CodeObject[] {
  return [code, ...code.consts.flatMap((c) => (c.kind === 'code' ? allCodes(c.code) : []))]
}

/// The nested code object with this qualname.
function codeNamed(root: CodeObject, qualname: string): CodeObject {
  const c = allCodes(root).find((x) => x.qualname === qualname)
  if (!c) throw new Error(`no code ${qualname}`)
  return c
}

/// `NAME arg?` per instruction, with names and constants resolved, no addresses.
function shape(code: CodeObject): string[] {
  const out: string[] = []
  for (let i = 0; i < code.code.length; i += 2) {
    const name = OP_NAMES[code.code[i]], arg = code.code[i + 1]
    let a = ''
    if (name === 'LOAD_CONST') {
      const c = code.consts[arg]
      a = c.kind === 'code' ? `<${c.code.name}>` : c.kind === 'str' ? `'${c.value}'` : c.kind === 'None' ? 'None' : c.kind === 'int' ? String(c.value) : c.kind
    } else if (/^(LOAD|STORE|DELETE)_(NAME|GLOBAL|ATTR)$|^LOAD_METHOD$|^IMPORT_(NAME|FROM)$/.test(name)) a = code.names[arg]
    else if (/FAST/.test(name)) a = code.varnames[arg]
    else if (/DEREF|CLOSURE/.test(name)) a = [...code.cellvars, ...code.freevars][arg]
    else if (/JUMP|FOR_ITER|SETUP|PUSH_EXC_INFO/.test(name)) a = arg === 0 && name === 'PUSH_EXC_INFO' ? '' : `@${arg}`
    else if (arg !== 0 || /CALL|BUILD|UNPACK|RAISE_VARARGS|APPEND|ADD|EXTEND|UPDATE|MERGE|_OP|FORMAT|MAKE_FUNCTION/.test(name)) a = String(arg)
    out.push(a ? `${name} ${a}` : name)
  }
  return out
}

/// Jump targets rewritten as labels L0, L1... in order of address, so shapes read like listings.
function listing(code: CodeObject): string {
  const lines = shape(code)
  const targets = [...new Set(lines.flatMap((l) => (/@(\d+)$/.exec(l) ? [Number(/@(\d+)$/.exec(l)![1])] : [])))].sort((a, b) => a - b)
  const label = new Map(targets.map((t, i) => [t, `L${i}`]))
  return lines.map((l, i) => {
    const text = l.replace(/@(\d+)$/, (_, t) => label.get(Number(t))!)
    return label.has(i * 2) ? `${label.get(i * 2)}: ${text}` : text
  }).join('\n')
}

// ---------------------------------------------------------------- the verifier

/// Stack effects as chunk.ts documents them: [fall-through, jump taken].
function effect(name: string, arg: number): [number, number] {
  const fixed: Record<string, number> = {
    POP_TOP: -1, DUP_TOP: 1, DUP_TOP_TWO: 2, ROT_TWO: 0, ROT_THREE: 0, ROT_FOUR: 0, LOAD_CONST: 1, RESUME: 0, NOP: 0,
    LOAD_FAST: 1, STORE_FAST: -1, DELETE_FAST: 0, LOAD_DEREF: 1, STORE_DEREF: -1, DELETE_DEREF: 0, LOAD_CLOSURE: 1,
    LOAD_GLOBAL: 1, STORE_GLOBAL: -1, DELETE_GLOBAL: 0, LOAD_NAME: 1, STORE_NAME: -1, DELETE_NAME: 0, LOAD_CLASSDEREF: 1,
    LOAD_ATTR: 0, STORE_ATTR: -2, DELETE_ATTR: -1, LOAD_METHOD: 1, BINARY_SUBSCR: -1, STORE_SUBSCR: -3, DELETE_SUBSCR: -2,
    BINARY_OP: -1, INPLACE_OP: -1, UNARY_NEGATIVE: 0, UNARY_POSITIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0,
    COMPARE_OP: -1, IS_OP: -1, CONTAINS_OP: -1, LIST_APPEND: -1, SET_ADD: -1, MAP_ADD: -2, LIST_EXTEND: -1,
    SET_UPDATE: -1, DICT_UPDATE: -1, DICT_MERGE: -1, LIST_TO_TUPLE: 0, GET_ITER: 0, RETURN_VALUE: -1, YIELD_VALUE: 0,
    POP_BLOCK: 0, RERAISE: -1, POP_EXCEPT: -1, CHECK_EXC_MATCH: 0, LOAD_ASSERTION_ERROR: 1, BEFORE_WITH: 1,
    WITH_EXCEPT_START: 1, IMPORT_NAME: 1, IMPORT_FROM: 1, IMPORT_STAR: -1, PUSH_NULL: 1, JUMP_FORWARD: 0, JUMP_BACKWARD: 0,
    POP_JUMP_IF_FALSE: -1, POP_JUMP_IF_TRUE: -1,
  }
  if (name in fixed) return [fixed[name], fixed[name]]
  switch (name) {
    case 'BUILD_SLICE': return [1 - arg, 0]
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING': return [1 - arg, 0]
    case 'BUILD_MAP': return [1 - 2 * arg, 0]
    case 'FORMAT_VALUE': return [arg & 4 ? -1 : 0, 0]
    case 'UNPACK_SEQUENCE': return [arg - 1, 0]
    case 'UNPACK_EX': return [(arg & 0xff) + (arg >> 8), 0]
    case 'JUMP_IF_FALSE_OR_POP': case 'JUMP_IF_TRUE_OR_POP': return [-1, 0]
    case 'FOR_ITER': return [1, -1]
    case 'MAKE_FUNCTION': return [-1 - (arg & 1) - ((arg >> 1) & 1) - ((arg >> 3) & 1), 0]
    case 'CALL_FUNCTION': return [-arg, 0]
    case 'CALL_FUNCTION_KW': return [-arg - 1, 0]
    case 'CALL_FUNCTION_EX': return [arg & 1 ? -2 : -1, 0]
    case 'CALL_METHOD': return [-arg - 1, 0]
    case 'CALL_METHOD_KW': return [-arg - 2, 0]
    case 'BUILD_CLASS': return [-arg - 1, 0]
    case 'RAISE_VARARGS': return [-arg, 0]
    case 'SETUP_FINALLY': return [0, 1]
    case 'PUSH_EXC_INFO': return [1, 1]
  }
  throw new Error(`no effect for ${name}`)
}

const JUMPS = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'FOR_ITER', 'SETUP_FINALLY', 'PUSH_EXC_INFO'])
const TERMINAL = new Set(['RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE', 'JUMP_FORWARD', 'JUMP_BACKWARD'])

/// The VM's view of one point: operand depth and the depths recorded by the pushed blocks.
interface State { depth: number; blocks: number[] }

/// Checks one code object; returns the problems found.
function verify(code: CodeObject): string[] {
  const problems: string[] = []
  const where = (i: number) => `${code.qualname}@${i} ${OP_NAMES[code.code[i]]}`
  const n = code.code.length
  if (OP_NAMES[code.code[0]] !== 'RESUME') problems.push(`${code.qualname}: does not start with RESUME`)
  if (code.lines.length !== n / 2) problems.push(`${code.qualname}: line table length`)
  const cells = code.cellvars.length + code.freevars.length
  let yields = false
  for (let i = 0; i < n; i += 2) {
    const name = OP_NAMES[code.code[i]], arg = code.code[i + 1]
    const line = code.lines[i >> 1]
    if (!(line >= 1 && line <= code.sourceLines.length)) problems.push(`${where(i)}: line ${line}`)
    if (name === undefined) problems.push(`${code.qualname}@${i}: unknown opcode ${code.code[i]}`)
    if (name === 'LOAD_CONST' && arg >= code.consts.length) problems.push(`${where(i)}: const ${arg}`)
    if (/^(LOAD|STORE|DELETE)_(NAME|GLOBAL|ATTR)$|LOAD_METHOD|IMPORT_(NAME|FROM)/.test(name) && arg >= code.names.length) problems.push(`${where(i)}: name ${arg}`)
    if (/_FAST$/.test(name) && arg >= code.varnames.length) problems.push(`${where(i)}: local ${arg}`)
    if (/DEREF$|CLOSURE$/.test(name) && arg >= cells) problems.push(`${where(i)}: cell ${arg}`)
    if (JUMPS.has(name) && !(name === 'PUSH_EXC_INFO' && arg === 0) && (arg % 2 || arg < 0 || arg >= n)) problems.push(`${where(i)}: target ${arg}`)
    if (name === 'JUMP_BACKWARD' && arg > i) problems.push(`${where(i)}: backward jump goes forward`)
    if (name === 'JUMP_FORWARD' && arg <= i) problems.push(`${where(i)}: forward jump goes backward`)
    if (name === 'YIELD_VALUE') {
      yields = true
      if (OP_NAMES[code.code[i + 2]] !== 'RESUME') problems.push(`${where(i)}: no RESUME after YIELD_VALUE`)
    }
    if (name === 'MAKE_FUNCTION') problems.push(...checkMakeFunction(code, i))
  }
  if (yields !== Boolean(code.flags & CodeFlags.GENERATOR)) problems.push(`${code.qualname}: GENERATOR flag does not match its yields`)
  const nparams = code.argcount + code.kwonlyargcount + (code.flags & CodeFlags.VARARGS ? 1 : 0) + (code.flags & CodeFlags.VARKEYWORDS ? 1 : 0)
  code.cell2arg.forEach((p, k) => {
    if (p >= 0 && (p >= nparams || code.varnames[p] !== code.cellvars[k])) problems.push(`${code.qualname}: cell2arg[${k}] = ${p}`)
  })
  // flow: every reachable path, merge points must agree
  const states = new Map<number, State>()
  const work: number[] = []
  let maxDepth = 0, maxBlocks = 0
  const reach = (at: number, s: State, from: number): void => {
    if (s.depth < 0) return void problems.push(`${where(from)}: stack underflow`)
    const old = states.get(at)
    if (!old) {
      states.set(at, s)
      maxDepth = Math.max(maxDepth, s.depth)
      maxBlocks = Math.max(maxBlocks, s.blocks.length)
      work.push(at)
    } else if (old.depth !== s.depth || old.blocks.join() !== s.blocks.join()) {
      problems.push(`${where(from)} -> ${at}: paths meet with stack ${old.depth}/${s.depth}, blocks [${old.blocks}]/[${s.blocks}]`)
    }
  }
  reach(0, { depth: 0, blocks: [] }, 0)
  while (work.length && problems.length < 10) {
    const i = work.pop()!
    const s = states.get(i)!
    const name = OP_NAMES[code.code[i]], arg = code.code[i + 1]
    const top = s.blocks[s.blocks.length - 1]
    if (top !== undefined && s.depth < top) problems.push(`${where(i)}: stack ${s.depth} below its block's ${top}`)
    if (name === 'RETURN_VALUE' && s.blocks.length) problems.push(`${where(i)}: returns with ${s.blocks.length} block(s) pushed`)
    const [fall, jump] = effect(name, arg)
    let fallBlocks = s.blocks
    let jumpState: State | null = null
    if (name === 'SETUP_FINALLY') {
      fallBlocks = [...s.blocks, s.depth]
      jumpState = { depth: s.depth + 1, blocks: s.blocks }
    } else if (name === 'PUSH_EXC_INFO') {
      if (arg !== 0) {
        fallBlocks = [...s.blocks, s.depth]
        jumpState = { depth: s.depth + 1, blocks: s.blocks }
      }
    } else if (name === 'POP_BLOCK') {
      if (!s.blocks.length) problems.push(`${where(i)}: POP_BLOCK with no block`)
      fallBlocks = s.blocks.slice(0, -1)
    } else if (JUMPS.has(name)) {
      jumpState = { depth: s.depth + jump, blocks: s.blocks }
    }
    if (jumpState) reach(arg, jumpState, i)
    if (!TERMINAL.has(name)) {
      if (i + 2 >= n) problems.push(`${where(i)}: falls off the end`)
      else reach(i + 2, { depth: s.depth + fall, blocks: fallBlocks }, i)
    } else if (s.depth + fall < 0) {
      problems.push(`${where(i)}: stack underflow`)
    }
  }
  if (maxDepth > code.maxStack) problems.push(`${code.qualname}: maxStack ${code.maxStack} < ${maxDepth}`)
  if (maxBlocks > code.maxBlocks) problems.push(`${code.qualname}: maxBlocks ${code.maxBlocks} < ${maxBlocks}`)
  return problems
}

/// MAKE_FUNCTION's operands: code and qualname constants, and a closure of exactly the code's free variables.
function checkMakeFunction(code: CodeObject, i: number): string[] {
  const at = (k: number) => ({ name: OP_NAMES[code.code[k]], arg: code.code[k + 1] })
  const q = at(i - 2), c = at(i - 4)
  const flags = code.code[i + 1]
  if (q.name !== 'LOAD_CONST' || c.name !== 'LOAD_CONST') return [`${code.qualname}@${i}: MAKE_FUNCTION without constants`]
  const fn = code.consts[c.arg], qual = code.consts[q.arg]
  if (fn.kind !== 'code' || qual.kind !== 'str' || qual.value !== fn.code.qualname) return [`${code.qualname}@${i}: bad code/qualname`]
  const free = fn.code.freevars
  if (!(flags & 8)) return free.length ? [`${code.qualname}@${i}: ${fn.code.qualname} needs a closure`] : []
  const t = at(i - 6)
  if (t.name !== 'BUILD_TUPLE' || t.arg !== free.length) return [`${code.qualname}@${i}: closure tuple`]
  const all = [...code.cellvars, ...code.freevars]
  for (let k = 0; k < free.length; k++) {
    const l = at(i - 6 - 2 * (free.length - k))
    if (l.name !== 'LOAD_CLOSURE' || all[l.arg] !== free[k]) return [`${code.qualname}@${i}: closure item ${k} is not ${free[k]}`]
  }
  return []
}

function verifyAll(root: CodeObject): string[] {
  return allCodes(root).flatMap(verify)
}

// ---------------------------------------------------------------- programs

function pyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? pyFiles(p) : p.endsWith('.py') ? [p] : []
  })
}

const SEED = join(ROOT, '..', 'shared', 'seed', 'threading-conversation.md')

const FEATURES: Record<string, string> = {
  scopes: String.raw`
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())

g = 10
def setg():
    global g
    g = 20
setg(); print(g)

def param_cell(a, b=2, *args, k=3, **kw):
    def f():
        return a, b, args, k, kw
    return f()
print(param_cell(1, 5, 6, 7, k=8, z=9))

class K:
    v = 5
    def m(self):
        return __class__.__name__
    def __private(self):
        return 'priv'
    def callp(self):
        return self.__private()
print(K().m(), K().callp(), hasattr(K, '_K__private'))

def class_in_func():
    y = 7
    class C:
        y = 1
        def get(self):
            return y
        z = y
    return C().get(), C.z
print(class_in_func())

def class_free():
    q = 3
    class D:
        w = q + 1
    return D.w
print(class_free())

class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
    def nested(self):
        def inner():
            return super(Child, self).hello()
        return inner()
print(Child().hello(), Child().nested())

lst = [y := 5, y ** 2]
print(lst, y)
def walrus():
    data = [1, 2, 3]
    if any((hit := v) > 1 for v in data):
        return hit
print(walrus())
total = [t := 0] and [t := t + v for v in range(4)]
print(total, t)
print([(lambda q: q * i)(2) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print({k: v for k, v in zip('ab', range(2))}, {a % 3 for a in range(10)})
print(list(x * y for x in range(3) for y in range(3) if x != y if y))
`,
  control: String.raw`
def loops():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append('no')
    for i in range(2):
        pass
    else:
        out.append('else')
    n = 0
    while n < 3:
        n += 1
    else:
        out.append('w-else')
    while True:
        n += 1
        if n > 5:
            break
    return out, n
print(loops())

def tf(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise ValueError('one')
        return 'other'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', x)
print(tf(0), tf(1), tf(2))

def exc_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        return 'cleared'
print(exc_name_cleared())

def multi():
    res = []
    for exc in (KeyError, IndexError, ZeroDivisionError):
        try:
            raise exc('x')
        except (KeyError, IndexError) as e:
            res.append('a' + type(e).__name__)
        except Exception as e:
            res.append('b' + type(e).__name__)
        else:
            res.append('else')
    try:
        pass
    except Exception:
        pass
    else:
        res.append('else-ran')
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise
    except TypeError as e:
        res.append('reraised ' + str(e))
    try:
        1 / 0
    except:
        res.append('bare')
    return res
print(multi())

class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('s', True):
    raise ValueError('suppressed')
print('after suppress')
try:
    with CM('e'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)

def gen():
    yield 1
    yield 2
    try:
        yield 3
    finally:
        print('gen finally')
print(list(gen()))
print(sum(i * i for i in range(4)))
try:
    assert 1 == 2, 'msg %d' % 5
except AssertionError as e:
    print('assert', e)
`,
  unwind: String.raw`
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0].__name__ if a[0] else None); return False

def deep(k):
    for i in range(3):
        try:
            with CM(i):
                try:
                    if k == i == 0:
                        return 'r0'
                    if k == 1 and i == 1:
                        raise ValueError('v1')
                    if k == 2 and i == 2:
                        break
                    if k == 3:
                        continue
                finally:
                    print('inner finally', i)
        except ValueError as e:
            print('handled', e)
            for j in range(2):
                try:
                    if j == 1:
                        return 'from handler loop'
                finally:
                    print('hl finally', j)
        finally:
            print('outer finally', i)
    return 'end'
for k in range(4):
    print('=>', deep(k))

def fin_return_value():
    for i in range(2):
        try:
            try:
                return [i, 'a']
            finally:
                print('f1')
                for z in range(1):
                    print('inner loop in finally', z)
        finally:
            print('f2')
print(fin_return_value())

def override():
    try:
        return 1
    finally:
        return 2
def exc_finally_return():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'
def exc_finally_break():
    for i in range(2):
        try:
            raise KeyError('k')
        finally:
            break
    return 'broke'
def exc_finally_continue():
    n = 0
    for i in range(3):
        try:
            raise KeyError('k')
        finally:
            n += 1
            continue
    return n
def break_in_finally():
    for i in range(3):
        try:
            return 'ret'
        finally:
            break
    return 'after'
print(override(), exc_finally_return(), exc_finally_break(), exc_finally_continue(), break_in_finally())

def ret_in_handler():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return 'ret %s' % e
            continue
print(ret_in_handler())

def gen_with():
    with CM('g'):
        yield 1
        yield 2
print(list(gen_with()))

def nested_with_exc():
    try:
        with CM('x'), CM('y'):
            raise RuntimeError('boom')
    except RuntimeError as e:
        return str(e)
print(nested_with_exc())

def implicit_context():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise KeyError('b')
    except KeyError as e:
        return repr(e.__context__)
print(implicit_context())
`,
  exprs: String.raw`
a, *b, c = range(6)
print(a, b, c)
[d, e], f = (1, 2), 3
print(d, e, f)
x = y = [1, 2]
x[0] += 10
print(x, y)
class O: pass
o = O(); o.n = 1; o.n += 5; print(o.n)
s = list(range(10))
print(s[2:5], s[::3], s[-3:], s[:2], s[1:8:2])
s[1:3] = ['a']
del s[0]
print(s)
del o.n
print(hasattr(o, 'n'))
d = {'a': 1, **{'b': 2}, 'c': 3}
print(d, {**d}, {})
print([*range(3), *'ab', 9], (*range(2),), {*range(2), 5})
def f(*args, **kw): return args, sorted(kw.items())
print(f(1, *[2, 3], 4, k=1, **{'m': 2}, n=3), f(*(), **{}))
print('%s-%s' % (1, 2), f'{1+1} {"x"!r} {3.14159:.2f} {"w":>5} {7:{"0"}{3}}')
val = 42
print(f'{val=}', f'{val = }', f'{val=:5}')
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 'a' in 'abc', 'z' not in 'abc', None is None, [] is not None)
print(not 0, -5, +3, ~7, 2 ** 10, 7 // 2, 7 % 3, 1 << 4, 256 >> 2, 6 & 3, 6 | 1, 6 ^ 3)
print(0 or 'x', 1 and 'y', 0 and 1, None or 0 or 'z', 'a' if 0 else 'b')
print((lambda x, y=2, *, z=3: x * y * z)(3), (lambda: 5)())
print((1, 2), (), (1,), -1.5, -0.0, 10 ** 20, 0x10, 1e3)
i = 0
while (i := i + 1) < 3:
    pass
print(i)
import threading as th
from threading import Thread
print(th.__name__, Thread.__name__)
print(sorted([3, 1, 2], key=lambda v: -v))
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
def deco(fn):
    def w(*a):
        return 'deco(' + str(fn(*a)) + ')'
    return w
@deco
@deco
def h(z):
    """doc"""
    return z
print(h(1))
print(1 if 2 > 1 and 3 > 2 or 0 else 2, not (1 and 0), [v for v in range(5) if not v % 2 and v or v == 0])
k = 5
k **= 2; k //= 3; k %= 5; k <<= 3; k |= 1; k ^= 2; k &= 0xff; k >>= 1; k -= 1
print(k)
print(*[1, 2], sep='-')
`,
}

// ---------------------------------------------------------------- tests

test('OP_NAMES follows the Op enum of chunk.ts', () => {
  const src = readFileSync(join(ROOT, 'electron', 'engine', 'compile', 'chunk.ts'), 'utf8')
  const body = /export const enum Op \{([\s\S]*?)\n\}/.exec(src)![1]
  const names = body.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean).map((l) => l.replace(/,$/, ''))
  expect(OP_NAMES).toEqual(names)
})

describe('everything compiles and verifies', () => {
  test('every python block of the seed conversation', () => {
    const md = readFileSync(SEED, 'utf8')
    const blocks = [...md.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1])
    expect(blocks.length).toBeGreaterThan(0)
    for (const b of blocks) expect(verifyAll(compileSrc(b))).toEqual([])
  })

  test('every corpus program that parses', () => {
    for (const p of pyFiles(join(ROOT, 'test', 'programs'))) {
      const src = readFileSync(p, 'utf8')
      let module: A.Module
      try {
        module = parse(src, 'program.py')
      } catch (e) {
        if (e instanceof PySyntaxError) continue // the syntax-error programs
        throw e
      }
      const code = compile(module, 'program.py', src)
      expect(verifyAll(code), p).toEqual([])
    }
  })

  test('the kitchen library, marked INTERNAL throughout', () => {
    for (const p of pyFiles(join(ROOT, 'electron', 'engine', 'lib'))) {
      const codes = allCodes(compileSrc(readFileSync(p, 'utf8'), true))
      expect(codes.flatMap(verify), p).toEqual([])
      for (const c of codes) expect(c.flags & CodeFlags.INTERNAL, c.qualname).toBeTruthy()
    }
  })

  test.each(Object.keys(FEATURES))('feature program %s', (name) => {
    const code = compileSrc(FEATURES[name])
    expect(verifyAll(code)).toEqual([])
    expect(disassemble(code)).toContain('RESUME')
  })

  test('deep nesting stays within the limits it reports', () => {
    let src = ''
    for (let i = 0; i < 6; i++) src += `${' '.repeat(8 * i)}try:\n${' '.repeat(8 * i + 4)}with m${i} as v${i}:\n`
    src += `${' '.repeat(48)}return 1\n`
    for (let i = 5; i >= 0; i--) src += `${' '.repeat(8 * i)}except E${i} as e${i}:\n${' '.repeat(8 * i + 4)}pass\n`
    const f = codeNamed(compileSrc(`def f():\n${src.replace(/^/gm, '    ')}`), 'f')
    expect(verify(f)).toEqual([])
    expect(f.maxBlocks).toBe(12)
  })
})

describe('shapes the VM relies on', () => {
  test('for with break and else', () => {
    const code = compileSrc('for x in y:\n    if x:\n        break\nelse:\n    z()\n')
    expect(listing(code)).toBe([
      'RESUME', 'LOAD_NAME y', 'GET_ITER',
      'L0: FOR_ITER L2', 'STORE_NAME x', 'LOAD_NAME x', 'POP_JUMP_IF_FALSE L1', 'POP_TOP', 'JUMP_FORWARD L3',
      'L1: JUMP_BACKWARD L0',
      'L2: LOAD_NAME z', 'CALL_FUNCTION 0', 'POP_TOP',
      'L3: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('while True skips its test; continue jumps back to the head', () => {
    const code = compileSrc('while True:\n    if a:\n        continue\n    b()\n')
    expect(listing(code)).toBe([
      'RESUME',
      'L0: LOAD_NAME a', 'POP_JUMP_IF_FALSE L1', 'JUMP_BACKWARD L0',
      'L1: LOAD_NAME b', 'CALL_FUNCTION 0', 'POP_TOP', 'JUMP_BACKWARD L0',
      'LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('try / except as / bare except', () => {
    const code = compileSrc('try:\n    a()\nexcept E as e:\n    b()\nexcept:\n    c()\n')
    expect(listing(code)).toBe([
      'RESUME', 'SETUP_FINALLY L0', 'LOAD_NAME a', 'CALL_FUNCTION 0', 'POP_TOP', 'POP_BLOCK', 'JUMP_FORWARD L4',
      'L0: PUSH_EXC_INFO L3',
      'LOAD_NAME E', 'CHECK_EXC_MATCH', 'POP_JUMP_IF_FALSE L2',
      'STORE_NAME e', 'SETUP_FINALLY L1', 'LOAD_NAME b', 'CALL_FUNCTION 0', 'POP_TOP',
      'POP_BLOCK', 'LOAD_CONST None', 'STORE_NAME e', 'DELETE_NAME e', 'POP_BLOCK', 'POP_EXCEPT', 'JUMP_FORWARD L4',
      'L1: LOAD_CONST None', 'STORE_NAME e', 'DELETE_NAME e', 'RERAISE',
      'L2: POP_TOP', 'LOAD_NAME c', 'CALL_FUNCTION 0', 'POP_TOP', 'POP_BLOCK', 'POP_EXCEPT', 'JUMP_FORWARD L4',
      'RERAISE',
      'L3: ROT_TWO', 'POP_EXCEPT', 'RERAISE',
      'L4: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('try / finally', () => {
    const code = compileSrc('try:\n    a()\nfinally:\n    b()\n')
    expect(listing(code)).toBe([
      'RESUME', 'SETUP_FINALLY L0', 'LOAD_NAME a', 'CALL_FUNCTION 0', 'POP_TOP', 'POP_BLOCK',
      'LOAD_NAME b', 'CALL_FUNCTION 0', 'POP_TOP', 'JUMP_FORWARD L2',
      'L0: PUSH_EXC_INFO L1', 'LOAD_NAME b', 'CALL_FUNCTION 0', 'POP_TOP', 'RERAISE',
      'L1: ROT_TWO', 'POP_EXCEPT', 'RERAISE',
      'L2: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('with', () => {
    const code = compileSrc('with m as v:\n    a()\n')
    expect(listing(code)).toBe([
      'RESUME', 'LOAD_NAME m', 'BEFORE_WITH', 'STORE_NAME v', 'SETUP_FINALLY L0', 'LOAD_NAME a', 'CALL_FUNCTION 0', 'POP_TOP',
      'POP_BLOCK', 'LOAD_CONST None', 'DUP_TOP', 'DUP_TOP', 'CALL_FUNCTION 3', 'POP_TOP', 'JUMP_FORWARD L3',
      'L0: PUSH_EXC_INFO L2', 'WITH_EXCEPT_START', 'POP_JUMP_IF_TRUE L1', 'RERAISE',
      'L1: POP_TOP', 'POP_BLOCK', 'POP_EXCEPT', 'POP_TOP', 'JUMP_FORWARD L3',
      'L2: ROT_TWO', 'POP_EXCEPT', 'RERAISE',
      'L3: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('return inside with inside for inside try/finally unwinds each, keeping the value', () => {
    const f = codeNamed(compileSrc('def f():\n    try:\n        for x in y:\n            with m:\n                return g()\n    finally:\n        h()\n'), 'f')
    const s = shape(f)
    const at = s.indexOf('CALL_FUNCTION 0')
    expect(s.slice(at, at + 14)).toEqual([
      'CALL_FUNCTION 0',
      'POP_BLOCK', 'ROT_TWO', 'LOAD_CONST None', 'DUP_TOP', 'DUP_TOP', 'CALL_FUNCTION 3', 'POP_TOP', // with
      'ROT_TWO', 'POP_TOP', // the for loop's iterator
      'POP_BLOCK', 'LOAD_GLOBAL h', 'CALL_FUNCTION 0', 'POP_TOP', // the finally, inlined
    ])
    expect(s[at + 14]).toBe('RETURN_VALUE')
    expect(verify(f)).toEqual([])
  })

  test('list comprehension, nested loops and the call site', () => {
    const code = compileSrc('r = [a * b for a in x if a for b in a]\n')
    expect(listing(codeNamed(code, '<listcomp>'))).toBe([
      'RESUME', 'BUILD_LIST 0', 'LOAD_FAST .0',
      'L0: FOR_ITER L3', 'STORE_FAST a', 'LOAD_FAST a', 'POP_JUMP_IF_FALSE L0',
      'LOAD_FAST a', 'GET_ITER',
      'L1: FOR_ITER L2', 'STORE_FAST b', 'LOAD_FAST a', 'LOAD_FAST b', 'BINARY_OP 2', 'LIST_APPEND 3', 'JUMP_BACKWARD L1',
      'L2: JUMP_BACKWARD L0',
      'L3: RETURN_VALUE',
    ].join('\n'))
    expect(shape(code).slice(1, 8)).toEqual([
      'LOAD_CONST <<listcomp>>', "LOAD_CONST '<listcomp>'", 'MAKE_FUNCTION 0', 'LOAD_NAME x', 'GET_ITER', 'CALL_FUNCTION 1', 'STORE_NAME r',
    ])
    expect(codeNamed(code, '<listcomp>').flags & CodeFlags.COMPREHENSION).toBeTruthy()
  })

  test('generator expression and dict comprehension', () => {
    const code = compileSrc('def f(x):\n    return sum(v for v in x), {k: v for k, v in x}\n')
    const g = codeNamed(code, 'f.<locals>.<genexpr>')
    expect(g.flags & CodeFlags.GENERATOR).toBeTruthy()
    expect(listing(g)).toBe([
      'RESUME', 'LOAD_FAST .0', 'L0: FOR_ITER L1', 'STORE_FAST v', 'LOAD_FAST v', 'YIELD_VALUE', 'RESUME', 'POP_TOP', 'JUMP_BACKWARD L0',
      'L1: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
    expect(shape(codeNamed(code, 'f.<locals>.<dictcomp>'))).toContain('MAP_ADD 2')
  })

  test('class with zero-argument super: __class__ cell, closure and __classcell__', () => {
    const code = compileSrc('class C(B):\n    def m(self, x):\n        return super().m(x)\n')
    const body = codeNamed(code, 'C')
    expect(body.flags & CodeFlags.CLASS_BODY).toBeTruthy()
    expect(body.cellvars).toEqual(['__class__'])
    expect(listing(body)).toBe([
      'RESUME', 'LOAD_NAME __name__', 'STORE_NAME __module__', "LOAD_CONST 'C'", 'STORE_NAME __qualname__',
      'LOAD_CLOSURE __class__', 'BUILD_TUPLE 1', 'LOAD_CONST <m>', "LOAD_CONST 'C.m'", 'MAKE_FUNCTION 8', 'STORE_NAME m',
      'LOAD_CLOSURE __class__', 'STORE_NAME __classcell__', 'LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
    expect(codeNamed(code, 'C.m').freevars).toEqual(['__class__'])
    expect(shape(codeNamed(code, 'C.m'))).toEqual([
      'RESUME', 'LOAD_GLOBAL super', 'CALL_FUNCTION 0', 'LOAD_METHOD m', 'LOAD_FAST x', 'CALL_METHOD 1', 'RETURN_VALUE',
    ])
    expect(shape(code).slice(1, 8)).toEqual([
      'LOAD_CONST <C>', "LOAD_CONST 'C'", 'MAKE_FUNCTION 0', "LOAD_CONST 'C'", 'LOAD_NAME B', 'BUILD_CLASS 1', 'STORE_NAME C',
    ])
  })

  test('calls: keywords, methods, star arguments', () => {
    expect(shape(compileSrc('f(1, k=2)\n')).slice(1, -3)).toEqual([
      'LOAD_NAME f', 'LOAD_CONST 1', 'LOAD_CONST 2', 'LOAD_CONST tuple', 'CALL_FUNCTION_KW 2',
    ])
    expect(shape(compileSrc('o.m(1, k=2)\n')).slice(1, -3)).toEqual([
      'LOAD_NAME o', 'LOAD_METHOD m', 'LOAD_CONST 1', 'LOAD_CONST 2', 'LOAD_CONST tuple', 'CALL_METHOD_KW 2',
    ])
    expect(shape(compileSrc('o.m(a, *b, k=1, **c)\n')).slice(1, -3)).toEqual([
      'LOAD_NAME o', 'LOAD_ATTR m', 'LOAD_NAME a', 'BUILD_LIST 1', 'LOAD_NAME b', 'LIST_EXTEND 1', 'LIST_TO_TUPLE',
      'BUILD_MAP 0', "LOAD_CONST 'k'", 'LOAD_CONST 1', 'BUILD_MAP 1', 'DICT_MERGE 1', 'LOAD_NAME c', 'DICT_MERGE 1',
      'CALL_FUNCTION_EX 1',
    ])
  })

  test('functions: defaults, keyword-only defaults, closures, decorators, cell parameters', () => {
    const code = compileSrc('@d\ndef f(a, b=1, *r, c=2, **k):\n    def g():\n        return a\n    return g\n')
    expect(shape(code).slice(1, 12)).toEqual([
      'LOAD_NAME d', 'LOAD_CONST 1', 'BUILD_TUPLE 1', "LOAD_CONST 'c'", 'LOAD_CONST 2', 'BUILD_MAP 1',
      'LOAD_CONST <f>', "LOAD_CONST 'f'", 'MAKE_FUNCTION 3', 'CALL_FUNCTION 1', 'STORE_NAME f',
    ])
    const f = codeNamed(code, 'f')
    expect(f.varnames.slice(0, 5)).toEqual(['a', 'b', 'c', 'r', 'k'])
    expect([f.argcount, f.kwonlyargcount]).toEqual([2, 1])
    expect(f.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)).toBe(CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)
    expect(f.cellvars).toEqual(['a'])
    expect(f.cell2arg).toEqual([0])
    expect(shape(f).slice(1, 6)).toEqual(['LOAD_CLOSURE a', 'BUILD_TUPLE 1', 'LOAD_CONST <g>', "LOAD_CONST 'f.<locals>.g'", 'MAKE_FUNCTION 8'])
    expect(codeNamed(code, 'f.<locals>.g').freevars).toEqual(['a'])
  })

  test('assignment forms', () => {
    expect(shape(compileSrc('a, *b, c = x\n')).slice(1, -2)).toEqual(['LOAD_NAME x', 'UNPACK_EX 257', 'STORE_NAME a', 'STORE_NAME b', 'STORE_NAME c'])
    expect(shape(compileSrc('a = b = 1\n')).slice(1, -2)).toEqual(['LOAD_CONST 1', 'DUP_TOP', 'STORE_NAME a', 'STORE_NAME b'])
    expect(shape(compileSrc('a.b += 1\n')).slice(1, -2)).toEqual([
      'LOAD_NAME a', 'DUP_TOP', 'LOAD_ATTR b', 'LOAD_CONST 1', 'INPLACE_OP 0', 'ROT_TWO', 'STORE_ATTR b',
    ])
    expect(shape(compileSrc('a[i] -= 1\n')).slice(1, -2)).toEqual([
      'LOAD_NAME a', 'LOAD_NAME i', 'DUP_TOP_TWO', 'BINARY_SUBSCR', 'LOAD_CONST 1', 'INPLACE_OP 1', 'ROT_THREE', 'STORE_SUBSCR',
    ])
    expect(shape(compileSrc('a[1:]\n')).slice(1, -3)).toEqual(['LOAD_NAME a', 'LOAD_CONST 1', 'LOAD_CONST None', 'BUILD_SLICE 2', 'BINARY_SUBSCR'])
  })

  test('chained comparison, f-strings, imports, assert', () => {
    expect(listing(compileSrc('a < b < c\n'))).toBe([
      'RESUME', 'LOAD_NAME a', 'LOAD_NAME b', 'DUP_TOP', 'ROT_THREE', 'COMPARE_OP 0', 'JUMP_IF_FALSE_OR_POP L0',
      'LOAD_NAME c', 'COMPARE_OP 0', 'JUMP_FORWARD L1', 'L0: ROT_TWO', 'POP_TOP', 'L1: POP_TOP', 'LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
    expect(shape(compileSrc('f"a{x!r:>{w}}{y=}"\n')).slice(1, -3)).toEqual([
      "LOAD_CONST 'a'", 'LOAD_NAME x', "LOAD_CONST '>'", 'LOAD_NAME w', 'FORMAT_VALUE 0', 'BUILD_STRING 2', 'FORMAT_VALUE 6',
      "LOAD_CONST 'y='", 'LOAD_NAME y', 'FORMAT_VALUE 2', 'BUILD_STRING 4',
    ])
    expect(shape(compileSrc('import a.b\nimport a.b as c\nfrom m import x as y, z\n')).slice(1, -2)).toEqual([
      'IMPORT_NAME a.b', 'STORE_NAME a', 'IMPORT_NAME a.b', 'LOAD_ATTR b', 'STORE_NAME c',
      'IMPORT_NAME m', 'IMPORT_FROM x', 'STORE_NAME y', 'IMPORT_FROM z', 'STORE_NAME z', 'POP_TOP',
    ])
    expect(listing(compileSrc('assert x, "m"\n'))).toBe([
      'RESUME', 'LOAD_NAME x', 'POP_JUMP_IF_TRUE L0', 'LOAD_ASSERTION_ERROR', "LOAD_CONST 'm'", 'CALL_FUNCTION 1', 'RAISE_VARARGS 1',
      'L0: LOAD_CONST None', 'RETURN_VALUE',
    ].join('\n'))
  })

  test('generators: yield resumes; a function that cannot fall off its end has no implicit return', () => {
    const f = codeNamed(compileSrc('def f():\n    x = yield 1\n    return x\n'), 'f')
    expect(f.flags & CodeFlags.GENERATOR).toBeTruthy()
    expect(shape(f)).toEqual(['RESUME', 'LOAD_CONST 1', 'YIELD_VALUE', 'RESUME', 'STORE_FAST x', 'LOAD_FAST x', 'RETURN_VALUE'])
  })

  test('line table: each instruction carries its own sub-expression line', () => {
    const code = compileSrc('x = f(\n    a,\n    g(b),\n)\n')
    const lines = shape(code).map((s, i) => `${code.lines[i]} ${s}`)
    expect(lines).toEqual([
      '1 RESUME', '1 LOAD_NAME f', '2 LOAD_NAME a', '3 LOAD_NAME g', '3 LOAD_NAME b', '3 CALL_FUNCTION 1', '1 CALL_FUNCTION 2',
      '1 STORE_NAME x', '1 LOAD_CONST None', '1 RETURN_VALUE',
    ])
  })

  test('module and class docstrings become __doc__; a function keeps its docstring as constant 0', () => {
    const code = compileSrc('"mod"\nclass C:\n    "cls"\ndef f():\n    "fn"\n    return 1\n')
    expect(shape(code).slice(1, 3)).toEqual(["LOAD_CONST 'mod'", 'STORE_NAME __doc__'])
    expect(shape(codeNamed(code, 'C'))).toContain('STORE_NAME __doc__')
    const f = codeNamed(code, 'f')
    expect(f.consts[0]).toEqual({ kind: 'str', value: 'fn' })
    expect(shape(f)).toEqual(['RESUME', 'LOAD_CONST 1', 'RETURN_VALUE'])
  })
})

describe('scopes', () => {
  test('nonlocal, cells passed through intermediate functions, globals', () => {
    const code = compileSrc([
      'def f():', '    x = 1', '    def g():', '        def h():', '            nonlocal x', '            x = 2',
      '        return h', '    return g', 'def k():', '    global y', '    y = 1', '    return z',
    ].join('\n') + '\n')
    expect(codeNamed(code, 'f').cellvars).toEqual(['x'])
    expect(codeNamed(code, 'f.<locals>.g').freevars).toEqual(['x'])
    expect(shape(codeNamed(code, 'f.<locals>.g.<locals>.h'))).toContain('STORE_DEREF x')
    expect(shape(codeNamed(code, 'k'))).toEqual(['RESUME', 'LOAD_CONST 1', 'STORE_GLOBAL y', 'LOAD_GLOBAL z', 'RETURN_VALUE'])
  })

  test('a class body reads enclosing function variables with LOAD_CLASSDEREF, its own with LOAD_NAME', () => {
    const code = compileSrc('def f():\n    a = 1\n    b = 2\n    class C:\n        b = 3\n        c = a + b\n        def m(self):\n            return b\n    return C\n')
    const body = codeNamed(code, 'f.<locals>.C')
    expect(shape(body)).toContain('LOAD_CLASSDEREF a')
    expect(shape(body)).toContain('LOAD_NAME b')
    // b is local to the class and still passed through to m
    expect(body.freevars).toEqual(['a', 'b'])
    expect(shape(codeNamed(code, 'f.<locals>.C.m'))).toContain('LOAD_DEREF b')
  })

  test('comprehensions: own scope, the first iterable outside, walrus binds outside', () => {
    const code = compileSrc('def f(xs):\n    return [y := v for v in xs], y\n')
    const f = codeNamed(code, 'f')
    expect(f.cellvars).toEqual(['y'])
    expect(shape(codeNamed(code, 'f.<locals>.<listcomp>'))).toContain('STORE_DEREF y')
    const top = compileSrc('class C:\n    xs = [1]\n    ys = [x for x in xs]\n')
    expect(shape(codeNamed(top, 'C'))).toContain('LOAD_NAME xs')
  })

  test('private names are mangled inside classes', () => {
    const code = compileSrc('class C:\n    __a = 1\n    def m(self):\n        return self.__b, __c\n')
    expect(shape(codeNamed(code, 'C'))).toContain('STORE_NAME _C__a')
    expect(shape(codeNamed(code, 'C.m'))).toEqual(expect.arrayContaining(['LOAD_ATTR _C__b', 'LOAD_GLOBAL _C__c']))
  })

  test('qualified names', () => {
    const code = compileSrc('class A:\n    class B:\n        def m(self):\n            return lambda: [x for x in ()]\ndef g():\n    global h\n    def h(): pass\n')
    const names = allCodes(code).map((c) => c.qualname)
    expect(names).toEqual(expect.arrayContaining([
      'A', 'A.B', 'A.B.m', 'A.B.m.<locals>.<lambda>', 'A.B.m.<locals>.<lambda>.<locals>.<listcomp>', 'g', 'h',
    ]))
  })
})

describe('compile errors carry CPython 3.11 messages and lines', () => {
  const nested = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}for x${i} in y:\n`).join('') + `${' '.repeat(n)}pass\n`
  const CASES: [string, string, number][] = [
    ['x = 1\nglobal x\n', "name 'x' is assigned to before global declaration", 2],
    ['print(x)\nglobal x\n', "name 'x' is used prior to global declaration", 2],
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3],
    ['def f():\n    x += 1\n    global x\n', "name 'x' is assigned to before global declaration", 3],
    ['def f(x):\n    global x\n', "name 'x' is parameter and global", 2],
    ['def f(x):\n    nonlocal x\n', "name 'x' is parameter and nonlocal", 2],
    ['def f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2],
    ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1],
    ['class C:\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2],
    ['def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n', "name 'x' is assigned to before nonlocal declaration", 5],
    ['def f():\n    global x\n    nonlocal x\n', "name 'x' is nonlocal and global", 2],
    ['yield 1\n', "'yield' outside function", 1],
    ['class C:\n    yield 1\n', "'yield' outside function", 2],
    ['def f():\n    [(yield x) for x in y]\n', "'yield' inside list comprehension", 2],
    ['def f():\n    from m import *\n', 'import * only allowed at module level', 2],
    ['return\n', "'return' outside function", 1],
    ['class C:\n    return 1\n', "'return' outside function", 2],
    ['break\n', "'break' outside loop", 1],
    ['continue\n', "'continue' not properly in loop", 1],
    ['while x:\n    def f():\n        break\n', "'break' outside loop", 3],
    ['for x in y:\n    pass\nelse:\n    break\n', "'break' outside loop", 4],
    ['def f(a, b=1, c):\n    pass\n', 'non-default argument follows default argument', 1],
    ['lambda a, a: 1\n', "duplicate argument 'a' in function definition", 1],
    ['def f(a, *a): pass\n', "duplicate argument 'a' in function definition", 1],
    ['a, *b, *c = 1\n', 'multiple starred expressions in assignment', 1],
    ['f(x=1, x=2)\n', 'keyword argument repeated: x', 1],
    ['class C:\n    [y := 1 for x in z]\n', 'assignment expression within a comprehension cannot be used in a class body', 2],
    ['[x := 1 for x in z]\n', "assignment expression cannot rebind comprehension iteration variable 'x'", 1],
    ['try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n', "default 'except:' must be last", 3],
    [nested(21), 'too many statically nested blocks', 21],
    ['class C(metaclass=M):\n    pass\n', 'class keyword arguments are not supported in the kitchen', 1],
  ]
  test.each(CASES)('%j', (src, message, line) => {
    let err: unknown
    try {
      compileSrc(src)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(PySyntaxError)
    const e = err as PySyntaxError
    expect([e.pyMessage, e.line]).toEqual([message, line])
    expect(e.text).toBe(src.split('\n')[line - 1])
  })

  test('20 nested loops are fine', () => {
    expect(verifyAll(compileSrc(nested(20)))).toEqual([])
  })

  // the parser rejects these first; the compiler must too, for ASTs made by hand
  const p = { line: 1, col: 0 }
  const name = (id: string): A.Expr => ({ kind: 'Name', id, pos: p })
  const assign = (target: A.Expr): A.Module => ({ body: [{ kind: 'Assign', targets: [target], value: name('v'), pos: p }] })
  test.each<[string, A.Module, string]>([
    ['call', assign({ kind: 'Call', func: name('f'), args: [], keywords: [], pos: p }), "cannot assign to function call here. Maybe you meant '==' instead of '='?"],
    ['literal', assign({ kind: 'Constant', value: { type: 'int', value: 5n }, pos: p }), "cannot assign to literal here. Maybe you meant '==' instead of '='?"],
    ['starred', assign({ kind: 'Starred', value: name('a'), pos: p }), 'starred assignment target must be in a list or tuple'],
    ['relative import', { body: [{ kind: 'ImportFrom', module: '.m', names: [{ name: 'x', asname: null, pos: p }], pos: p }] }, 'relative import is not supported in the kitchen'],
  ])('%s (hand-built AST)', (_, module, message) => {
    expect(() => compile(module, 'program.py', 'x = v\n')).toThrow(expect.objectContaining({ pyMessage: message, line: 1 }))
  })
})

// ---------------------------------------------------------------- end to end

const python3 = spawnSync('python3', ['--version']).status === 0

describe.runIf(python3)('feature programs print under the VM what python3 prints', () => {
  test.each(Object.keys(FEATURES))('%s', (name) => {
    const src = FEATURES[name]
    const mine = runProgram(src, { filename: 'program.py', seed: 1, maxSteps: 10_000_000 })
    const theirs = spawnSync('python3', ['-c', src], { encoding: 'utf8' })
    expect(theirs.stderr).toBe('')
    expect(mine.stderr).toBe('')
    expect(mine.stdout).toBe(theirs.stdout)
  })
})
