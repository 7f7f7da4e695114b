/// Expression code generation: loads, stores, deletes, calls, displays,
/// f-strings, comparisons and conditional jumps. Statements build on this
/// (stmts.ts), and compiler.ts adds what makes new code objects.

import type * as A from '../front/ast.ts'
import type { PySyntaxError } from '../front/syntax-error.ts'
import { Op, BinaryOp, CompareOp, type Const } from './chunk.ts'
import { Assembler, Label } from './assembler.ts'
import type { Scope } from './symtable.ts'

/// What every code generator of one file shares.
export interface Context {
  readonly filename: string
  readonly sourceLines: readonly string[]
  readonly scopeOf: Map<unknown, Scope>
  readonly internal: boolean
  readonly fail: (message: string, pos: A.Pos) => PySyntaxError
}

const BIN: Record<A.BinOperator, BinaryOp> = {
  '+': BinaryOp.ADD, '-': BinaryOp.SUB, '*': BinaryOp.MUL, '/': BinaryOp.TRUEDIV, '//': BinaryOp.FLOORDIV,
  '%': BinaryOp.MOD, '**': BinaryOp.POW, '<<': BinaryOp.LSHIFT, '>>': BinaryOp.RSHIFT, '&': BinaryOp.AND,
  '|': BinaryOp.OR, '^': BinaryOp.XOR, '@': BinaryOp.MATMUL,
}

const CMP: Partial<Record<A.CmpOperator, CompareOp>> = {
  '<': CompareOp.LT, '<=': CompareOp.LE, '==': CompareOp.EQ, '!=': CompareOp.NE, '>': CompareOp.GT, '>=': CompareOp.GE,
}

/// Name access modes.
export type NameMode = 'load' | 'store' | 'del'

const NONE: Const = { kind: 'None' }

/// The constant a literal compiles to, or null for a literal the kitchen lacks.
export function literal(v: A.ConstValue): Const | null {
  switch (v.type) {
    case 'int': return { kind: 'int', value: v.value }
    case 'float': return { kind: 'float', value: v.value }
    case 'str': return { kind: 'str', value: v.value }
    case 'bool': return { kind: 'bool', value: v.value }
    case 'None': return NONE
    case 'Ellipsis': return { kind: 'Ellipsis' }
  }
  return null
}

/// Python truthiness of a constant.
function truthy(c: Const): boolean {
  switch (c.kind) {
    case 'int': return c.value !== 0n
    case 'float': return c.value !== 0
    case 'str': return c.value !== ''
    case 'bool': return c.value
    case 'None': return false
    case 'tuple': return c.items.length > 0
    default: return true
  }
}

/// Expressions for one code object.
export abstract class ExprGen {
  readonly a = new Assembler()

  constructor(readonly ctx: Context, readonly scope: Scope, readonly name: string, readonly qualname: string, readonly firstLine: number) {
    this.a.line = firstLine
  }

  /// Emits the load, store or delete of a (not yet mangled) name.
  abstract nameOp(name: string, mode: NameMode): void
  protected abstract lambda(e: A.Expr & { kind: 'Lambda' }): void
  protected abstract comprehension(e: A.Expr & { generators: A.Comprehension[] }): void

  fail(message: string, pos: A.Pos): PySyntaxError {
    return this.ctx.fail(message, pos)
  }

  loadConst(c: Const): void {
    this.a.emit(Op.LOAD_CONST, this.a.const(c))
  }

  /// Attribute, method and imported names are mangled like variables.
  attrName(attr: string): number {
    return this.a.name(this.scope.mangle(attr))
  }

  /// Compiles e, giving its instructions e's line; the line in force before is restored after.
  expr(e: A.Expr): void {
    const saved = this.a.line
    if (e.pos.line > 0) this.a.line = e.pos.line
    this.exprBody(e)
    this.a.line = saved
  }

  /// The constant an expression folds to: literals, negated number literals, tuples of those.
  constOf(e: A.Expr): Const | null {
    switch (e.kind) {
      case 'Constant': return literal(e.value)
      case 'UnaryOp': {
        if (e.op !== '-' || e.operand.kind !== 'Constant') return null
        const v = e.operand.value
        if (v.type === 'int') return { kind: 'int', value: -v.value }
        if (v.type === 'float') return { kind: 'float', value: -v.value }
        return null
      }
      case 'Tuple': {
        const items: Const[] = []
        for (const x of e.elts) {
          const c = this.constOf(x)
          if (!c) return null
          items.push(c)
        }
        return { kind: 'tuple', items }
      }
    }
    return null
  }

  private exprBody(e: A.Expr): void {
    const a = this.a
    const folded = this.constOf(e)
    if (folded) return this.loadConst(folded)
    switch (e.kind) {
      case 'Constant':
        throw this.fail(`${e.value.type === 'complex' ? 'complex numbers' : e.value.type} are not supported in the kitchen`, e.pos)
      case 'Name': return this.nameOp(e.id, 'load')
      case 'JoinedStr': return this.fstring(e.parts)
      case 'List': return this.display(e.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false)
      case 'Tuple': return this.display(e.elts, Op.BUILD_TUPLE, Op.LIST_APPEND, Op.LIST_EXTEND, true)
      case 'Set': return this.display(e.elts, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false)
      case 'Dict': return this.dict(e)
      case 'Starred': throw this.fail("can't use starred expression here", e.pos)
      case 'Attribute':
        this.expr(e.value)
        a.emit(Op.LOAD_ATTR, this.attrName(e.attr))
        return
      case 'Subscript':
        this.expr(e.value)
        this.expr(e.index)
        a.emit(Op.BINARY_SUBSCR)
        return
      case 'Slice':
        for (const x of [e.lower, e.upper]) {
          if (x) this.expr(x)
          else this.loadConst(NONE)
        }
        if (e.step) this.expr(e.step)
        a.emit(Op.BUILD_SLICE, e.step ? 3 : 2)
        return
      case 'Call': return this.call(e)
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        a.emit(Op.BINARY_OP, BIN[e.op])
        return
      case 'UnaryOp':
        this.expr(e.operand)
        a.emit(e.op === 'not' ? Op.UNARY_NOT : e.op === '-' ? Op.UNARY_NEGATIVE : e.op === '+' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT)
        return
      case 'BoolOp': {
        const end = new Label()
        e.values.forEach((v, i) => {
          this.expr(v)
          if (i < e.values.length - 1) a.jump(e.op === 'and' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end)
        })
        a.place(end)
        return
      }
      case 'Compare': return this.compare(e)
      case 'IfExp': {
        const orelse = new Label(), end = new Label()
        this.jumpIf(e.test, false, orelse)
        this.expr(e.body)
        a.jump(Op.JUMP_FORWARD, end)
        a.place(orelse)
        this.expr(e.orelse)
        a.place(end)
        return
      }
      case 'Lambda': return this.lambda(e)
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e)
      case 'NamedExpr':
        this.expr(e.value)
        a.emit(Op.DUP_TOP)
        this.store(e.target)
        return
      case 'Yield':
        if (this.scope.kind !== 'function') throw this.fail("'yield' outside function", e.pos)
        if (e.value) this.expr(e.value)
        else this.loadConst(NONE)
        a.emit(Op.YIELD_VALUE)
        a.emit(Op.RESUME)
        return
    }
  }

  /// A list, tuple or set display; with `*x` items it is built as a list
  /// (or set) and extended, a tuple converted at the end.
  private display(elts: A.Expr[], build: Op, add: Op, extend: Op, tuple: boolean): void {
    const a = this.a
    const star = elts.findIndex((x) => x.kind === 'Starred')
    if (star < 0) {
      for (const x of elts) this.expr(x)
      a.emit(build, elts.length)
      return
    }
    for (let i = 0; i < star; i++) this.expr(elts[i])
    a.emit(tuple ? Op.BUILD_LIST : build, star)
    for (let i = star; i < elts.length; i++) {
      const x = elts[i]
      if (x.kind === 'Starred') {
        this.expr(x.value)
        a.emit(extend, 1)
      } else {
        this.expr(x)
        a.emit(add, 1)
      }
    }
    if (tuple) a.emit(Op.LIST_TO_TUPLE)
  }

  /// `{k: v, **m}`: runs of pairs become BUILD_MAP, each `**m` a DICT_UPDATE.
  private dict(e: A.Expr & { kind: 'Dict' }): void {
    const a = this.a
    let pending = 0
    let haveDict = false
    const flush = (): void => {
      a.emit(Op.BUILD_MAP, pending)
      if (haveDict) a.emit(Op.DICT_UPDATE, 1)
      haveDict = true
      pending = 0
    }
    e.keys.forEach((k, i) => {
      if (k === null) {
        if (pending || !haveDict) flush()
        this.expr(e.values[i])
        a.emit(Op.DICT_UPDATE, 1)
      } else {
        this.expr(k)
        this.expr(e.values[i])
        pending++
      }
    })
    if (pending || !haveDict) flush()
  }

  /// One string from literal parts and formatted fields (f-strings and their format specs).
  private fstring(parts: A.FStringPart[]): void {
    const a = this.a
    let n = 0
    let text: string | null = null
    const flushText = (): void => {
      if (text === null) return
      this.loadConst({ kind: 'str', value: text })
      text = null
      n++
    }
    for (const p of parts) {
      if (p.kind === 'text') {
        text = (text ?? '') + p.value
        continue
      }
      if (p.selfDoc !== null) text = (text ?? '') + p.selfDoc
      flushText()
      this.expr(p.value)
      let flags = p.conversion === 's' ? 1 : p.conversion === 'r' ? 2 : p.conversion === 'a' ? 3 : 0
      if (p.formatSpec) {
        this.fstring(p.formatSpec)
        flags |= 4
      }
      a.emit(Op.FORMAT_VALUE, flags)
      n++
    }
    flushText()
    if (n === 0) this.loadConst({ kind: 'str', value: '' })
    else if (n > 1) a.emit(Op.BUILD_STRING, n)
  }

  private call(e: A.Expr & { kind: 'Call' }): void {
    const a = this.a
    const seen = new Set<string>()
    for (const k of e.keywords) {
      if (k.name === null) continue
      if (seen.has(k.name)) throw this.fail(`keyword argument repeated: ${k.name}`, k.pos)
      seen.add(k.name)
    }
    const starred = e.args.some((x) => x.kind === 'Starred') || e.keywords.some((k) => k.name === null)
    if (starred) return this.callEx(e)
    const isMethod = e.func.kind === 'Attribute'
    if (e.func.kind === 'Attribute') {
      this.expr(e.func.value)
      const saved = a.line
      if (e.func.pos.line > 0) a.line = e.func.pos.line
      a.emit(Op.LOAD_METHOD, this.attrName(e.func.attr))
      a.line = saved
    } else {
      this.expr(e.func)
    }
    for (const x of e.args) this.expr(x)
    for (const k of e.keywords) this.expr(k.value)
    if (e.keywords.length) {
      this.loadConst({ kind: 'tuple', items: e.keywords.map((k): Const => ({ kind: 'str', value: k.name! })) })
      a.emit(isMethod ? Op.CALL_METHOD_KW : Op.CALL_FUNCTION_KW, e.args.length + e.keywords.length)
    } else {
      a.emit(isMethod ? Op.CALL_METHOD : Op.CALL_FUNCTION, e.args.length)
    }
  }

  /// A call with `*args` or `**kwargs`: one positional tuple, one keyword dict.
  private callEx(e: A.Expr & { kind: 'Call' }): void {
    const a = this.a
    this.expr(e.func)
    if (e.args.some((x) => x.kind === 'Starred')) {
      this.display(e.args, Op.BUILD_TUPLE, Op.LIST_APPEND, Op.LIST_EXTEND, true)
    } else {
      for (const x of e.args) this.expr(x)
      a.emit(Op.BUILD_TUPLE, e.args.length)
    }
    if (e.keywords.length) {
      a.emit(Op.BUILD_MAP, 0)
      for (const k of e.keywords) {
        if (k.name === null) {
          this.expr(k.value)
        } else {
          this.loadConst({ kind: 'str', value: k.name })
          this.expr(k.value)
          a.emit(Op.BUILD_MAP, 1)
        }
        a.emit(Op.DICT_MERGE, 1)
      }
    }
    a.emit(Op.CALL_FUNCTION_EX, e.keywords.length ? 1 : 0)
  }

  private compareOp(op: A.CmpOperator): void {
    const a = this.a
    switch (op) {
      case 'is': a.emit(Op.IS_OP, 0); return
      case 'is not': a.emit(Op.IS_OP, 1); return
      case 'in': a.emit(Op.CONTAINS_OP, 0); return
      case 'not in': a.emit(Op.CONTAINS_OP, 1); return
    }
    a.emit(Op.COMPARE_OP, CMP[op]!)
  }

  /// `a < b < c` evaluates b once and stops at the first false comparison.
  private compare(e: A.Expr & { kind: 'Compare' }): void {
    const a = this.a
    this.expr(e.left)
    const last = e.ops.length - 1
    if (last === 0) {
      this.expr(e.comparators[0])
      this.compareOp(e.ops[0])
      return
    }
    const cleanup = new Label(), end = new Label()
    for (let i = 0; i < last; i++) {
      this.expr(e.comparators[i])
      a.emit(Op.DUP_TOP)
      a.emit(Op.ROT_THREE)
      this.compareOp(e.ops[i])
      a.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup)
    }
    this.expr(e.comparators[last])
    this.compareOp(e.ops[last])
    a.jump(Op.JUMP_FORWARD, end)
    a.place(cleanup)
    a.emit(Op.ROT_TWO)
    a.emit(Op.POP_TOP)
    a.place(end)
  }

  /// Jumps to target when the test's truth equals `when`, else falls through.
  jumpIf(test: A.Expr, when: boolean, target: Label): void {
    const saved = this.a.line
    if (test.pos.line > 0) this.a.line = test.pos.line
    this.jumpIfBody(test, when, target)
    this.a.line = saved
  }

  private jumpIfBody(test: A.Expr, when: boolean, target: Label): void {
    const c = this.constOf(test)
    if (c) {
      if (truthy(c) === when) this.a.jumpTo(target)
      return
    }
    if (test.kind === 'UnaryOp' && test.op === 'not') return this.jumpIf(test.operand, !when, target)
    if (test.kind === 'BoolOp') {
      // `or` jumps on the first true value, `and` on the first false one
      const jumpsOn = test.op === 'or'
      const skip = jumpsOn === when ? target : new Label()
      const last = test.values.length - 1
      for (let i = 0; i < last; i++) this.jumpIf(test.values[i], jumpsOn, skip)
      this.jumpIf(test.values[last], when, target)
      if (skip !== target) this.a.place(skip)
      return
    }
    this.expr(test)
    this.a.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target)
  }

  /// Stores the value on top of the stack into an assignment target.
  store(t: A.Expr): void {
    const saved = this.a.line
    if (t.pos.line > 0) this.a.line = t.pos.line
    this.storeBody(t)
    this.a.line = saved
  }

  private storeBody(t: A.Expr): void {
    const a = this.a
    switch (t.kind) {
      case 'Name': return this.nameOp(t.id, 'store')
      case 'Attribute':
        this.expr(t.value)
        a.emit(Op.STORE_ATTR, this.attrName(t.attr))
        return
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        a.emit(Op.STORE_SUBSCR)
        return
      case 'Tuple': case 'List': {
        const stars = t.elts.filter((x) => x.kind === 'Starred').length
        if (stars > 1) throw this.fail('multiple starred expressions in assignment', t.pos)
        const star = t.elts.findIndex((x) => x.kind === 'Starred')
        if (star < 0) {
          a.emit(Op.UNPACK_SEQUENCE, t.elts.length)
        } else {
          const after = t.elts.length - star - 1
          if (star >= 256 || after >= 1 << 23) throw this.fail('too many expressions in star-unpacking assignment', t.pos)
          a.emit(Op.UNPACK_EX, star | (after << 8))
        }
        for (const x of t.elts) this.store(x.kind === 'Starred' ? x.value : x)
        return
      }
      case 'Starred': throw this.fail('starred assignment target must be in a list or tuple', t.pos)
      case 'Call': throw this.fail("cannot assign to function call here. Maybe you meant '==' instead of '='?", t.pos)
      case 'Constant': throw this.fail("cannot assign to literal here. Maybe you meant '==' instead of '='?", t.pos)
    }
    throw this.fail('cannot assign to expression', t.pos)
  }

  /// `del target`.
  del(t: A.Expr): void {
    const saved = this.a.line
    if (t.pos.line > 0) this.a.line = t.pos.line
    switch (t.kind) {
      case 'Name': this.nameOp(t.id, 'del'); break
      case 'Attribute':
        this.expr(t.value)
        this.a.emit(Op.DELETE_ATTR, this.attrName(t.attr))
        break
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        this.a.emit(Op.DELETE_SUBSCR)
        break
      case 'Tuple': case 'List': for (const x of t.elts) this.del(x); break
      default: throw this.fail(`cannot delete ${t.kind === 'Starred' ? 'starred' : t.kind === 'Call' ? 'function call' : 'expression'}`, t.pos)
    }
    this.a.line = saved
  }

  binaryOp(op: A.BinOperator): BinaryOp {
    return BIN[op]
  }
}
