/// Expression code generation: loads, stores, calls, comprehensions,
/// f-strings, conditional jumps. CodeGen (compiler.ts) extends this.

import type * as A from '../front/ast.ts'
import { Op, BinaryOp, CompareOp, type CodeObject, type Const } from './chunk.ts'
import type { Assembler } from './assembler.ts'
import { Label } from './assembler.ts'
import type { Scope } from './symtable.ts'
import type { Context } from './compiler.ts'

const BIN: Record<A.BinOperator, BinaryOp> = {
  '+': BinaryOp.ADD, '-': BinaryOp.SUB, '*': BinaryOp.MUL, '/': BinaryOp.TRUEDIV, '//': BinaryOp.FLOORDIV,
  '%': BinaryOp.MOD, '**': BinaryOp.POW, '<<': BinaryOp.LSHIFT, '>>': BinaryOp.RSHIFT, '&': BinaryOp.AND,
  '|': BinaryOp.OR, '^': BinaryOp.XOR, '@': BinaryOp.MATMUL,
}
const CMP: Record<string, CompareOp> = { '<': CompareOp.LT, '<=': CompareOp.LE, '==': CompareOp.EQ, '!=': CompareOp.NE, '>': CompareOp.GT, '>=': CompareOp.GE }

export abstract class ExprGen {
  abstract readonly a: Assembler
  abstract readonly ctx: Context
  abstract readonly scope: Scope
  abstract nameOp(name: string, mode: 'load' | 'store' | 'del'): void
  abstract setLine(pos: A.Pos): void
  abstract makeFunction(code: CodeObject, child: Scope, args: A.Arguments | null, pos: A.Pos): void
  abstract functionCode(node: unknown, name: string, args: A.Arguments, body: A.Stmt[] | A.Expr, pos: A.Pos, isLambda: boolean): { code: CodeObject; scope: Scope }
  abstract childQualname(name: string): string
  abstract derefIndex(name: string): number
  abstract comprehensionGen(scope: Scope, name: string, pos: A.Pos): ExprGen & { finish(a: number, k: number, f?: number): CodeObject; a: Assembler }

  binOp(op: A.BinOperator): BinaryOp {
    return BIN[op]
  }

  constOf(e: A.Expr): Const | null {
    if (e.kind !== 'Constant') return null
    const v = e.value
    switch (v.type) {
      case 'int': return { kind: 'int', value: v.value }
      case 'float': return { kind: 'float', value: v.value }
      case 'str': return { kind: 'str', value: v.value }
      case 'bool': return { kind: 'bool', value: v.value }
      case 'None': return { kind: 'None' }
      case 'Ellipsis': return { kind: 'Ellipsis' }
    }
    return null
  }

  expr(e: A.Expr): void {
    const a = this.a
    switch (e.kind) {
      case 'Constant': {
        const c = this.constOf(e)
        if (!c) throw this.ctx.fail(`${e.value.type} literals are not supported in the kitchen`, e.pos)
        a.emit(Op.LOAD_CONST, a.const(c))
        return
      }
      case 'Name': this.setLine(e.pos); this.nameOp(e.id, 'load'); return
      case 'JoinedStr': return this.fstring(e.parts, e.pos)
      case 'List': case 'Tuple': case 'Set': return this.sequence(e)
      case 'Dict': {
        let pending = 0
        let built = false
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i]
          if (k === null) {
            if (!built) { a.emit(Op.BUILD_MAP, pending); built = true } else if (pending) { a.emit(Op.BUILD_MAP, pending); a.emit(Op.DICT_UPDATE, 1) }
            pending = 0
            this.expr(e.values[i])
            a.emit(Op.DICT_UPDATE, 1)
            continue
          }
          this.expr(k)
          this.expr(e.values[i])
          pending++
        }
        if (!built) a.emit(Op.BUILD_MAP, pending)
        else if (pending) { a.emit(Op.BUILD_MAP, pending); a.emit(Op.DICT_UPDATE, 1) }
        return
      }
      case 'Starred': throw this.ctx.fail("can't use starred expression here", e.pos)
      case 'Attribute':
        this.expr(e.value)
        this.setLine(e.pos)
        a.emit(Op.LOAD_ATTR, a.name(e.attr))
        return
      case 'Subscript':
        this.expr(e.value)
        this.expr(e.index)
        this.setLine(e.pos)
        a.emit(Op.BINARY_SUBSCR)
        return
      case 'Slice':
        for (const x of [e.lower, e.upper]) {
          if (x) this.expr(x)
          else a.emit(Op.LOAD_CONST, a.const({ kind: 'None' }))
        }
        if (e.step) this.expr(e.step)
        a.emit(Op.BUILD_SLICE, e.step ? 3 : 2)
        return
      case 'Call': return this.call(e)
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        this.setLine(e.pos)
        a.emit(Op.BINARY_OP, BIN[e.op])
        return
      case 'UnaryOp': {
        this.expr(e.operand)
        a.emit(e.op === 'not' ? Op.UNARY_NOT : e.op === '-' ? Op.UNARY_NEGATIVE : e.op === '+' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT)
        return
      }
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
      case 'Lambda': {
        const { code, scope } = this.functionCode(e, '<lambda>', e.args, e.body, e.pos, true)
        this.makeFunction(code, scope, e.args, e.pos)
        return
      }
      case 'ListComp': return this.comprehension(e, '<listcomp>', Op.BUILD_LIST)
      case 'SetComp': return this.comprehension(e, '<setcomp>', Op.BUILD_SET)
      case 'DictComp': return this.comprehension(e, '<dictcomp>', Op.BUILD_MAP)
      case 'GeneratorExp': return this.comprehension(e, '<genexpr>', null)
      case 'NamedExpr':
        this.expr(e.value)
        a.emit(Op.DUP_TOP)
        this.store(e.target)
        return
      case 'Yield':
        if (e.value) this.expr(e.value)
        else a.emit(Op.LOAD_CONST, a.const({ kind: 'None' }))
        a.emit(Op.YIELD_VALUE)
        a.emit(Op.RESUME)
        return
    }
  }

  private sequence(e: A.Expr & { kind: 'List' | 'Tuple' | 'Set' }): void {
    const a = this.a
    const build = e.kind === 'List' ? Op.BUILD_LIST : e.kind === 'Tuple' ? Op.BUILD_TUPLE : Op.BUILD_SET
    if (!e.elts.some((x) => x.kind === 'Starred')) {
      if (e.kind === 'Tuple' && e.elts.length > 0) {
        const consts = e.elts.map((x) => this.constOf(x))
        if (consts.every((c) => c !== null)) {
          a.emit(Op.LOAD_CONST, a.const({ kind: 'tuple', items: consts as Const[] }))
          return
        }
      }
      for (const x of e.elts) this.expr(x)
      a.emit(build, e.elts.length)
      return
    }
    // with *items: build a list (or set) and extend it
    a.emit(e.kind === 'Set' ? Op.BUILD_SET : Op.BUILD_LIST, 0)
    for (const x of e.elts) {
      if (x.kind === 'Starred') {
        this.expr(x.value)
        a.emit(e.kind === 'Set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1)
      } else {
        this.expr(x)
        a.emit(e.kind === 'Set' ? Op.SET_ADD : Op.LIST_APPEND, 1)
      }
    }
    if (e.kind === 'Tuple') a.emit(Op.LIST_TO_TUPLE)
  }

  private fstring(parts: A.FStringPart[], pos: A.Pos): void {
    const a = this.a
    let n = 0
    for (const p of parts) {
      if (p.kind === 'text') {
        a.emit(Op.LOAD_CONST, a.const({ kind: 'str', value: p.value }))
        n++
        continue
      }
      if (p.selfDoc) {
        a.emit(Op.LOAD_CONST, a.const({ kind: 'str', value: p.selfDoc }))
        n++
      }
      this.expr(p.value)
      let flags = p.conversion === 's' ? 1 : p.conversion === 'r' ? 2 : p.conversion === 'a' ? 3 : 0
      if (p.formatSpec) {
        this.fstring(p.formatSpec, pos)
        flags |= 4
      }
      a.emit(Op.FORMAT_VALUE, flags)
      n++
    }
    if (n === 0) a.emit(Op.LOAD_CONST, a.const({ kind: 'str', value: '' }))
    else if (n > 1) a.emit(Op.BUILD_STRING, n)
  }

  private call(e: A.Expr & { kind: 'Call' }): void {
    const a = this.a
    const hasStar = e.args.some((x) => x.kind === 'Starred') || e.keywords.some((k) => k.name === null)
    if (hasStar) {
      this.expr(e.func)
      // positional part
      if (e.args.some((x) => x.kind === 'Starred')) {
        a.emit(Op.BUILD_LIST, 0)
        for (const x of e.args) {
          if (x.kind === 'Starred') { this.expr(x.value); a.emit(Op.LIST_EXTEND, 1) } else { this.expr(x); a.emit(Op.LIST_APPEND, 1) }
        }
        a.emit(Op.LIST_TO_TUPLE)
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
            a.emit(Op.LOAD_CONST, a.const({ kind: 'str', value: k.name }))
            this.expr(k.value)
            a.emit(Op.BUILD_MAP, 1)
          }
          a.emit(Op.DICT_MERGE, 1)
        }
      }
      this.setLine(e.pos)
      a.emit(Op.CALL_FUNCTION_EX, e.keywords.length ? 1 : 0)
      return
    }
    const names = e.keywords.map((k) => k.name!)
    if (new Set(names).size !== names.length) {
      const dup = names.find((n, i) => names.indexOf(n) !== i)!
      throw this.ctx.fail(`keyword argument repeated: ${dup}`, e.keywords[names.lastIndexOf(dup)].pos)
    }
    const isMethod = e.func.kind === 'Attribute'
    if (isMethod) {
      const f = e.func as A.Expr & { kind: 'Attribute' }
      this.expr(f.value)
      this.setLine(f.pos)
      a.emit(Op.LOAD_METHOD, a.name(f.attr))
    } else {
      this.expr(e.func)
    }
    for (const x of e.args) this.expr(x)
    for (const k of e.keywords) this.expr(k.value)
    this.setLine(e.pos)
    if (names.length) {
      a.emit(Op.LOAD_CONST, a.const({ kind: 'tuple', items: names.map((n) => ({ kind: 'str', value: n }) as Const) }))
      a.emit(isMethod ? Op.CALL_METHOD_KW : Op.CALL_FUNCTION_KW, e.args.length + names.length)
    } else {
      a.emit(isMethod ? Op.CALL_METHOD : Op.CALL_FUNCTION, e.args.length)
    }
  }

  private compareOp(op: A.CmpOperator): void {
    const a = this.a
    switch (op) {
      case 'is': a.emit(Op.IS_OP, 0); return
      case 'is not': a.emit(Op.IS_OP, 1); return
      case 'in': a.emit(Op.CONTAINS_OP, 0); return
      case 'not in': a.emit(Op.CONTAINS_OP, 1); return
    }
    a.emit(Op.COMPARE_OP, CMP[op])
  }

  private compare(e: A.Expr & { kind: 'Compare' }): void {
    const a = this.a
    this.expr(e.left)
    if (e.ops.length === 1) {
      this.expr(e.comparators[0])
      this.setLine(e.pos)
      this.compareOp(e.ops[0])
      return
    }
    const cleanup = new Label(), end = new Label()
    for (let i = 0; i < e.ops.length; i++) {
      this.expr(e.comparators[i])
      if (i < e.ops.length - 1) {
        a.emit(Op.DUP_TOP)
        a.emit(Op.ROT_THREE)
        this.compareOp(e.ops[i])
        a.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup)
      } else {
        this.compareOp(e.ops[i])
      }
    }
    a.jump(Op.JUMP_FORWARD, end)
    a.place(cleanup)
    a.emit(Op.ROT_TWO)
    a.emit(Op.POP_TOP)
    a.place(end)
  }

  /// Jumps to `target` when the test's truth equals `when`.
  jumpIf(test: A.Expr, when: boolean, target: Label): void {
    if (test.kind === 'UnaryOp' && test.op === 'not') return this.jumpIf(test.operand, !when, target)
    if (test.kind === 'BoolOp') {
      const isAnd = test.op === 'and'
      if (isAnd !== when) {
        for (const v of test.values) this.jumpIf(v, when, target)
        return
      }
      const skip = new Label()
      test.values.forEach((v, i) => {
        if (i < test.values.length - 1) this.jumpIf(v, !when, skip)
        else this.jumpIf(v, when, target)
      })
      this.a.place(skip)
      return
    }
    this.expr(test)
    this.a.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target)
  }

  /// Stores TOS into a target.
  store(t: A.Expr): void {
    const a = this.a
    switch (t.kind) {
      case 'Name': this.nameOp(t.id, 'store'); return
      case 'Attribute':
        this.expr(t.value)
        this.setLine(t.pos)
        a.emit(Op.STORE_ATTR, a.name(t.attr))
        return
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        this.setLine(t.pos)
        a.emit(Op.STORE_SUBSCR)
        return
      case 'Tuple': case 'List': {
        const star = t.elts.findIndex((x) => x.kind === 'Starred')
        if (t.elts.filter((x) => x.kind === 'Starred').length > 1) throw this.ctx.fail('multiple starred expressions in assignment', t.pos)
        if (star < 0) a.emit(Op.UNPACK_SEQUENCE, t.elts.length)
        else a.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8))
        for (const x of t.elts) this.store(x.kind === 'Starred' ? x.value : x)
        return
      }
      case 'Starred': throw this.ctx.fail('starred assignment target must be in a list or tuple', t.pos)
    }
    throw this.ctx.fail('cannot assign to expression', t.pos)
  }

  private comprehension(e: A.Expr & { generators: A.Comprehension[] }, name: string, build: Op | null): void {
    const scope = this.ctx.scopeOf.get(e)!
    const g = this.comprehensionGen(scope, name, e.pos)
    const ga = g.a
    ga.emit(Op.RESUME)
    if (build !== null) ga.emit(build, 0)
    const loops: { head: Label; exit: Label }[] = []
    e.generators.forEach((gen, i) => {
      const head = new Label(), exit = new Label()
      if (i === 0) ga.emit(Op.LOAD_FAST, 0)
      else { g.expr(gen.iter); ga.emit(Op.GET_ITER) }
      ga.place(head)
      ga.jump(Op.FOR_ITER, exit)
      g.store(gen.target)
      for (const cond of gen.ifs) g.jumpIf(cond, false, head)
      loops.push({ head, exit })
    })
    const depth = e.generators.length + 1
    const x = e as A.Expr
    if (x.kind === 'DictComp') {
      g.expr(x.key)
      g.expr(x.value)
      ga.emit(Op.MAP_ADD, depth)
    } else if (x.kind === 'GeneratorExp') {
      g.expr(x.elt)
      ga.emit(Op.YIELD_VALUE)
      ga.emit(Op.RESUME)
      ga.emit(Op.POP_TOP)
    } else if (x.kind === 'ListComp' || x.kind === 'SetComp') {
      g.expr(x.elt)
      ga.emit(x.kind === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, depth)
    }
    for (let i = loops.length - 1; i >= 0; i--) {
      ga.jump(Op.JUMP_BACKWARD, loops[i].head)
      ga.place(loops[i].exit)
    }
    if (build === null) ga.emit(Op.LOAD_CONST, ga.const({ kind: 'None' }))
    ga.emit(Op.RETURN_VALUE)
    const code = g.finish(1, 0)
    this.makeFunction(code, scope, null, e.pos)
    this.expr(e.generators[0].iter)
    this.a.emit(Op.GET_ITER)
    this.a.emit(Op.CALL_FUNCTION, 1)
  }
}
