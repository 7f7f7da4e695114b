/// AST -> code objects. One CodeGen per scope (module, function, lambda,
/// class body, comprehension); statements here, expressions in exprs.ts.
/// The shapes of try/with/loops follow chunk.ts's documented scheme.

import type * as A from '../front/ast.ts'
import { PySyntaxError } from '../front/syntax-error.ts'
import { Op, CodeFlags, type CodeObject } from './chunk.ts'
import { Assembler, Label } from './assembler.ts'
import { analyze, Scope, Binding, ScopeError } from './symtable.ts'
import { ExprGen } from './exprs.ts'

export interface CompileOptions {
  /// Marks every code object INTERNAL (the kitchen's own library).
  readonly internal?: boolean
}

/// Compiles a parsed module; nested code objects live in its constants.
export function compile(module: A.Module, filename: string, source: string, options: CompileOptions = {}): CodeObject {
  const sourceLines = source.split('\n')
  const fail = (message: string, pos: A.Pos): PySyntaxError =>
    new PySyntaxError(message, filename, pos.line, pos.col, sourceLines[pos.line - 1] ?? '')
  let analysis
  try {
    analysis = analyze(module)
  } catch (e) {
    if (e instanceof ScopeError) throw fail(e.message, e.pos.line ? e.pos : { line: 1, col: 0 })
    throw e
  }
  const ctx: Context = { filename, sourceLines, scopeOf: analysis.scopeOf, internal: options.internal ?? false, fail }
  const gen = new CodeGen(ctx, analysis.root, '<module>', '<module>', 1)
  gen.a.emit(Op.RESUME)
  gen.stmts(module.body)
  gen.returnNone()
  return gen.finish(0, 0)
}

export interface Context {
  readonly filename: string
  readonly sourceLines: readonly string[]
  readonly scopeOf: Map<unknown, Scope>
  readonly internal: boolean
  readonly fail: (message: string, pos: A.Pos) => PySyntaxError
}

/// What break/continue/return must undo when leaving a block early.
type FBlock =
  | { kind: 'while'; head: Label; exit: Label }
  | { kind: 'for'; head: Label; exit: Label }
  | { kind: 'try-body' }
  | { kind: 'finally-body'; finalbody: A.Stmt[] }
  | { kind: 'handler'; name: string | null }
  | { kind: 'finally-exc' }
  | { kind: 'with' }

export class CodeGen extends ExprGen {
  readonly a = new Assembler()
  readonly varnames: string[] = []
  readonly cellvars: string[]
  readonly freevars: string[]
  private readonly fblocks: FBlock[] = []

  constructor(readonly ctx: Context, readonly scope: Scope, readonly name: string, readonly qualname: string, readonly firstLine: number) {
    super()
    this.varnames.push(...scope.params)
    this.cellvars = [...scope.cells].sort()
    this.freevars = [...scope.frees]
    this.a.line = firstLine
  }

  // ------------------------------------------------------------------ names

  nameOp(name: string, mode: 'load' | 'store' | 'del'): void {
    const s = this.scope
    const b = s.bindings.get(name)
    const pick = (load: Op, store: Op, del: Op): Op => (mode === 'load' ? load : mode === 'store' ? store : del)
    if (b === Binding.CELL || b === Binding.FREE) {
      if (s.kind === 'class' && mode === 'load' && b === Binding.FREE) {
        this.a.emit(Op.LOAD_CLASSDEREF, this.derefIndex(name))
        return
      }
      if (s.kind !== 'class' || b === Binding.FREE || name === '__class__') {
        this.a.emit(pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), this.derefIndex(name))
        return
      }
    }
    if (s.kind === 'module' || s.kind === 'class') {
      if (b === Binding.GLOBAL_EXPLICIT) this.a.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.a.name(name))
      else this.a.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.a.name(name))
      return
    }
    if (b === Binding.LOCAL) {
      this.a.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), this.localIndex(name))
      return
    }
    this.a.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.a.name(name))
  }

  localIndex(name: string): number {
    let i = this.varnames.indexOf(name)
    if (i < 0) { i = this.varnames.length; this.varnames.push(name) }
    return i
  }

  derefIndex(name: string): number {
    const c = this.cellvars.indexOf(name)
    if (c >= 0) return c
    const f = this.freevars.indexOf(name)
    if (f < 0) throw new Error(`internal compiler error: no cell for '${name}'`)
    return this.cellvars.length + f
  }

  setLine(pos: A.Pos): void {
    if (pos && pos.line) this.a.line = pos.line
  }

  // ------------------------------------------------------------------ code objects

  returnNone(): void {
    this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
    this.a.emit(Op.RETURN_VALUE)
  }

  finish(argcount: number, kwonlyargcount: number, extraFlags = 0): CodeObject {
    const { code, lines, maxStack } = this.a.finish()
    let flags = extraFlags
    if (this.scope.kind === 'module') flags |= CodeFlags.MODULE
    if (this.scope.kind === 'class') flags |= CodeFlags.CLASS_BODY
    if (this.scope.kind === 'comprehension') flags |= CodeFlags.COMPREHENSION
    if (this.scope.isGenerator) flags |= CodeFlags.GENERATOR
    if (this.ctx.internal) flags |= CodeFlags.INTERNAL
    const cell2arg = this.cellvars.map((c) => this.scope.params.indexOf(c))
    return {
      name: this.name, qualname: this.qualname, filename: this.ctx.filename, firstLine: this.firstLine, flags,
      argcount, kwonlyargcount, varnames: this.varnames, cellvars: this.cellvars, freevars: this.freevars, cell2arg,
      names: this.a.names, consts: this.a.consts, code, lines, maxStack, maxBlocks: this.a.maxBlocks,
      sourceLines: this.ctx.sourceLines,
    }
  }

  comprehensionGen(scope: Scope, name: string, pos: A.Pos): CodeGen {
    return new CodeGen(this.ctx, scope, name, this.childQualname(name), pos.line)
  }

  /// Qualified name for a def/class/lambda nested in this scope.
  childQualname(name: string): string {
    if (this.scope.kind === 'module') return name
    if (this.scope.kind === 'function' || this.scope.kind === 'comprehension') return `${this.qualname}.<locals>.${name}`
    return `${this.qualname}.${name}`
  }

  /// Emits MAKE_FUNCTION for a compiled child code object (defaults first).
  makeFunction(code: CodeObject, child: Scope, args: A.Arguments | null, pos: A.Pos): void {
    let flags = 0
    if (args) {
      const defaults = args.args.filter((p) => p.default)
      if (defaults.length) {
        for (const p of defaults) this.expr(p.default!)
        this.a.emit(Op.BUILD_TUPLE, defaults.length)
        flags |= 1
      }
      const kwd = args.kwonlyargs.filter((p) => p.default)
      if (kwd.length) {
        for (const p of kwd) {
          this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'str', value: p.name }))
          this.expr(p.default!)
        }
        this.a.emit(Op.BUILD_MAP, kwd.length)
        flags |= 2
      }
    }
    this.setLine(pos)
    if (code.freevars.length) {
      for (const v of code.freevars) this.a.emit(Op.LOAD_CLOSURE, this.derefIndex(v))
      this.a.emit(Op.BUILD_TUPLE, code.freevars.length)
      flags |= 8
    }
    this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'code', code }))
    this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'str', value: code.qualname }))
    this.a.emit(Op.MAKE_FUNCTION, flags)
    void child
  }

  /// Compiles a function body (def or lambda) to a code object.
  functionCode(node: unknown, name: string, args: A.Arguments, body: A.Stmt[] | A.Expr, pos: A.Pos, isLambda: boolean): { code: CodeObject; scope: Scope } {
    const scope = this.ctx.scopeOf.get(node)!
    const g = new CodeGen(this.ctx, scope, name, this.childQualname(name), pos.line)
    g.a.emit(Op.RESUME)
    if (Array.isArray(body)) {
      g.stmts(body)
      g.returnNone()
    } else {
      g.expr(body)
      g.a.emit(Op.RETURN_VALUE)
    }
    let flags = isLambda ? CodeFlags.LAMBDA : 0
    if (args.vararg) flags |= CodeFlags.VARARGS
    if (args.kwarg) flags |= CodeFlags.VARKEYWORDS
    // parameters come first in varnames, in CPython's order
    return { code: g.finish(args.args.length, args.kwonlyargs.length, flags), scope }
  }

  // ------------------------------------------------------------------ statements

  stmts(list: A.Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  stmt(s: A.Stmt): void {
    this.setLine(s.pos)
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value)
        this.a.emit(Op.POP_TOP)
        return
      case 'Assign':
        this.expr(s.value)
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.a.emit(Op.DUP_TOP)
          this.store(t)
        })
        return
      case 'AugAssign': return this.augAssign(s)
      case 'AnnAssign':
        if (s.value) { this.expr(s.value); this.store(s.target) }
        return
      case 'Pass': return
      case 'If': {
        const orelse = new Label(), end = new Label()
        this.jumpIf(s.test, false, orelse)
        this.stmts(s.body)
        if (s.orelse.length) this.a.jump(Op.JUMP_FORWARD, end)
        this.a.place(orelse)
        this.stmts(s.orelse)
        this.a.place(end)
        return
      }
      case 'While': {
        const head = new Label(), orelse = new Label(), exit = new Label()
        this.a.place(head)
        const always = s.test.kind === 'Constant' && s.test.value.type === 'bool' && s.test.value.value
        if (!always) this.jumpIf(s.test, false, orelse)
        this.loopRest('while', head, orelse, exit, s)
        return
      }
      case 'For': {
        const head = new Label(), orelse = new Label(), exit = new Label()
        this.expr(s.iter)
        this.a.emit(Op.GET_ITER)
        this.a.place(head)
        this.setLine(s.pos)
        this.a.jump(Op.FOR_ITER, orelse)
        this.store(s.target)
        this.loopRest('for', head, orelse, exit, s)
        return
      }
      case 'Break': case 'Continue': return this.loopJump(s)
      case 'Return': {
        if (this.scope.kind !== 'function') throw this.ctx.fail("'return' outside function", s.pos)
        if (s.value) this.expr(s.value)
        else this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
        this.unwind(0, true)
        this.setLine(s.pos)
        this.a.emit(Op.RETURN_VALUE)
        return
      }
      case 'FunctionDef': {
        for (const d of s.decorators) this.expr(d)
        const { code, scope } = this.functionCode(s, s.name, s.args, s.body, s.pos, false)
        this.setLine(s.pos)
        this.makeFunction(code, scope, s.args, s.pos)
        for (let i = 0; i < s.decorators.length; i++) this.a.emit(Op.CALL_FUNCTION, 1)
        this.nameOp(s.name, 'store')
        return
      }
      case 'ClassDef': return this.classDef(s)
      case 'With': return this.withStmt(s, 0)
      case 'Try': return this.tryStmt(s)
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc)
          if (s.cause) this.expr(s.cause)
        }
        this.setLine(s.pos)
        this.a.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0)
        return
      case 'Import':
        for (const al of s.names) {
          this.a.emit(Op.IMPORT_NAME, this.a.name(al.name))
          if (al.asname) {
            for (const part of al.name.split('.').slice(1)) this.a.emit(Op.LOAD_ATTR, this.a.name(part))
            this.nameOp(al.asname, 'store')
          } else {
            this.nameOp(al.name.split('.')[0], 'store')
          }
        }
        return
      case 'ImportFrom': {
        this.a.emit(Op.IMPORT_NAME, this.a.name(s.module))
        if (s.names.length === 1 && s.names[0].name === '*') {
          if (this.scope.kind !== 'module') throw this.ctx.fail('import * only allowed at module level', s.pos)
          this.a.emit(Op.IMPORT_STAR)
          return
        }
        for (const al of s.names) {
          this.a.emit(Op.IMPORT_FROM, this.a.name(al.name))
          this.nameOp(al.asname ?? al.name, 'store')
        }
        this.a.emit(Op.POP_TOP)
        return
      }
      case 'Global': case 'Nonlocal': return
      case 'Assert': {
        const ok = new Label()
        this.jumpIf(s.test, true, ok)
        this.a.emit(Op.LOAD_ASSERTION_ERROR)
        if (s.msg) {
          this.expr(s.msg)
          this.a.emit(Op.CALL_FUNCTION, 1)
        }
        this.setLine(s.pos)
        this.a.emit(Op.RAISE_VARARGS, 1)
        this.a.place(ok)
        return
      }
      case 'Delete':
        for (const t of s.targets) this.del(t)
        return
    }
  }

  /// A loop's body, back-edge, else-clause and exit, once its head is emitted.
  private loopRest(kind: 'while' | 'for', head: Label, orelse: Label, exit: Label, s: { body: A.Stmt[]; orelse: A.Stmt[]; pos: A.Pos }): void {
    this.fblocks.push({ kind, head, exit })
    this.stmts(s.body)
    this.fblocks.pop()
    this.setLine(s.pos)
    this.a.jump(Op.JUMP_BACKWARD, head)
    this.a.place(orelse)
    this.stmts(s.orelse)
    this.a.place(exit)
  }

  private del(t: A.Expr): void {
    switch (t.kind) {
      case 'Name': this.nameOp(t.id, 'del'); return
      case 'Attribute': this.expr(t.value); this.a.emit(Op.DELETE_ATTR, this.a.name(t.attr)); return
      case 'Subscript': this.expr(t.value); this.expr(t.index); this.a.emit(Op.DELETE_SUBSCR); return
      case 'Tuple': case 'List': for (const x of t.elts) this.del(x); return
    }
    throw this.ctx.fail('cannot delete expression', t.pos)
  }

  private augAssign(s: A.Stmt & { kind: 'AugAssign' }): void {
    const op = this.binOp(s.op)
    const t = s.target
    switch (t.kind) {
      case 'Name':
        this.nameOp(t.id, 'load')
        this.expr(s.value)
        this.setLine(s.pos)
        this.a.emit(Op.INPLACE_OP, op)
        this.nameOp(t.id, 'store')
        return
      case 'Attribute':
        this.expr(t.value)
        this.a.emit(Op.DUP_TOP)
        this.a.emit(Op.LOAD_ATTR, this.a.name(t.attr))
        this.expr(s.value)
        this.setLine(s.pos)
        this.a.emit(Op.INPLACE_OP, op)
        this.a.emit(Op.ROT_TWO)
        this.a.emit(Op.STORE_ATTR, this.a.name(t.attr))
        return
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        this.a.emit(Op.DUP_TOP_TWO)
        this.a.emit(Op.BINARY_SUBSCR)
        this.expr(s.value)
        this.setLine(s.pos)
        this.a.emit(Op.INPLACE_OP, op)
        this.a.emit(Op.ROT_THREE)
        this.a.emit(Op.STORE_SUBSCR)
        return
    }
    throw this.ctx.fail("'" + t.kind.toLowerCase() + "' is an illegal expression for augmented assignment", t.pos)
  }

  private loopJump(s: A.Stmt & { kind: 'Break' | 'Continue' }): void {
    let i = this.fblocks.length - 1
    while (i >= 0 && this.fblocks[i].kind !== 'while' && this.fblocks[i].kind !== 'for') i--
    if (i < 0) throw this.ctx.fail(s.kind === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s.pos)
    const loop = this.fblocks[i] as { kind: 'while' | 'for'; head: Label; exit: Label }
    this.unwind(i + 1, false)
    this.setLine(s.pos)
    if (s.kind === 'Continue') {
      this.a.jump(Op.JUMP_BACKWARD, loop.head)
    } else {
      if (loop.kind === 'for') this.a.emit(Op.POP_TOP)
      this.a.jump(Op.JUMP_FORWARD, loop.exit)
    }
  }

  /// Undoes the blocks above index `downTo` (innermost first), keeping the
  /// value on top of the stack when `keepTop` (a return value).
  private unwind(downTo: number, keepTop: boolean): void {
    const saved = this.fblocks.slice()
    for (let i = this.fblocks.length - 1; i >= downTo; i--) {
      const b = this.fblocks[i]
      switch (b.kind) {
        case 'for':
          if (keepTop) { this.a.emit(Op.ROT_TWO); this.a.emit(Op.POP_TOP) }
          else if (i > downTo - 1 && downTo <= i) {
            // leaving an inner for loop through break/continue of an outer loop
            this.a.emit(Op.POP_TOP)
          }
          break
        case 'while': break
        case 'try-body': this.a.emit(Op.POP_BLOCK); break
        case 'finally-body':
          this.a.emit(Op.POP_BLOCK)
          // the finally body runs without this block (it must not unwind into itself)
          this.fblocks.length = i
          this.stmts(b.finalbody)
          break
        case 'handler':
          if (b.name) {
            this.a.emit(Op.POP_BLOCK)
          }
          this.a.emit(Op.POP_BLOCK)
          if (keepTop) this.a.emit(Op.ROT_TWO)
          this.a.emit(Op.POP_EXCEPT)
          if (b.name) {
            this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
            this.nameOp(b.name, 'store')
            this.nameOp(b.name, 'del')
          }
          break
        case 'finally-exc':
          if (keepTop) { this.a.emit(Op.ROT_TWO); this.a.emit(Op.POP_TOP) } else this.a.emit(Op.POP_TOP)
          this.a.emit(Op.POP_BLOCK)
          if (keepTop) this.a.emit(Op.ROT_TWO)
          this.a.emit(Op.POP_EXCEPT)
          break
        case 'with':
          this.a.emit(Op.POP_BLOCK)
          if (keepTop) this.a.emit(Op.ROT_TWO)
          this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
          this.a.emit(Op.DUP_TOP)
          this.a.emit(Op.DUP_TOP)
          this.a.emit(Op.CALL_FUNCTION, 3)
          this.a.emit(Op.POP_TOP)
          break
      }
    }
    this.fblocks.length = 0
    this.fblocks.push(...saved)
  }

  private classDef(s: A.Stmt & { kind: 'ClassDef' }): void {
    if (s.keywords.length) throw this.ctx.fail('class keyword arguments are not supported in the kitchen', s.pos)
    for (const d of s.decorators) this.expr(d)
    const scope = this.ctx.scopeOf.get(s)!
    const qualname = this.childQualname(s.name)
    const g = new CodeGen(this.ctx, scope, s.name, qualname, s.pos.line)
    g.a.emit(Op.RESUME)
    g.a.emit(Op.LOAD_NAME, g.a.name('__name__'))
    g.a.emit(Op.STORE_NAME, g.a.name('__module__'))
    g.a.emit(Op.LOAD_CONST, g.a.const({ kind: 'str', value: qualname }))
    g.a.emit(Op.STORE_NAME, g.a.name('__qualname__'))
    g.stmts(s.body)
    if (scope.cells.has('__class__')) {
      g.a.emit(Op.LOAD_CLOSURE, g.derefIndex('__class__'))
      g.a.emit(Op.STORE_NAME, g.a.name('__classcell__'))
    }
    g.returnNone()
    const code = g.finish(0, 0)
    this.setLine(s.pos)
    this.makeFunction(code, scope, null, s.pos)
    this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'str', value: s.name }))
    for (const b of s.bases) this.expr(b)
    this.a.emit(Op.BUILD_CLASS, s.bases.length)
    for (let i = 0; i < s.decorators.length; i++) this.a.emit(Op.CALL_FUNCTION, 1)
    this.nameOp(s.name, 'store')
  }

  private cleanup(label: Label): void {
    this.a.place(label)
    this.a.emit(Op.ROT_TWO)
    this.a.emit(Op.POP_EXCEPT)
    this.a.emit(Op.RERAISE)
  }

  private withStmt(s: A.Stmt & { kind: 'With' }, item: number): void {
    const it = s.items[item]
    const wexc = new Label(), suppress = new Label(), cleanup = new Label(), end = new Label()
    this.setLine(s.pos)
    this.expr(it.contextExpr)
    this.setLine(s.pos)
    this.a.emit(Op.BEFORE_WITH)
    if (it.optionalVars) this.store(it.optionalVars)
    else this.a.emit(Op.POP_TOP)
    this.a.jump(Op.SETUP_FINALLY, wexc)
    this.a.enterBlock()
    this.fblocks.push({ kind: 'with' })
    if (item + 1 < s.items.length) this.withStmt(s, item + 1)
    else this.stmts(s.body)
    this.fblocks.pop()
    this.a.exitBlock()
    this.setLine(s.pos)
    this.a.emit(Op.POP_BLOCK)
    this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
    this.a.emit(Op.DUP_TOP)
    this.a.emit(Op.DUP_TOP)
    this.a.emit(Op.CALL_FUNCTION, 3)
    this.a.emit(Op.POP_TOP)
    this.a.jump(Op.JUMP_FORWARD, end)
    this.a.place(wexc)
    this.a.enterBlock()
    this.a.jump(Op.PUSH_EXC_INFO, cleanup)
    this.a.emit(Op.WITH_EXCEPT_START)
    this.a.jump(Op.POP_JUMP_IF_TRUE, suppress)
    this.a.emit(Op.RERAISE)
    this.a.place(suppress)
    this.a.emit(Op.POP_TOP)
    this.a.emit(Op.POP_BLOCK)
    this.a.emit(Op.POP_EXCEPT)
    this.a.emit(Op.POP_TOP)
    this.a.jump(Op.JUMP_FORWARD, end)
    this.a.exitBlock()
    this.cleanup(cleanup)
    this.a.place(end)
  }

  private tryStmt(s: A.Stmt & { kind: 'Try' }): void {
    if (s.finalbody.length === 0) return this.tryExcept(s)
    const fexc = new Label(), cleanup = new Label(), end = new Label()
    this.a.jump(Op.SETUP_FINALLY, fexc)
    this.a.enterBlock()
    this.fblocks.push({ kind: 'finally-body', finalbody: s.finalbody })
    if (s.handlers.length) this.tryExcept(s)
    else this.stmts(s.body)
    this.fblocks.pop()
    this.a.exitBlock()
    this.a.emit(Op.POP_BLOCK)
    this.stmts(s.finalbody)
    this.a.jump(Op.JUMP_FORWARD, end)
    this.a.place(fexc)
    this.a.enterBlock()
    this.a.jump(Op.PUSH_EXC_INFO, cleanup)
    this.fblocks.push({ kind: 'finally-exc' })
    this.stmts(s.finalbody)
    this.fblocks.pop()
    this.a.emit(Op.RERAISE)
    this.a.exitBlock()
    this.cleanup(cleanup)
    this.a.place(end)
  }

  private tryExcept(s: A.Stmt & { kind: 'Try' }): void {
    const handler = new Label(), cleanup = new Label(), end = new Label()
    this.a.jump(Op.SETUP_FINALLY, handler)
    this.a.enterBlock()
    this.fblocks.push({ kind: 'try-body' })
    this.stmts(s.body)
    this.fblocks.pop()
    this.a.exitBlock()
    this.a.emit(Op.POP_BLOCK)
    this.stmts(s.orelse)
    this.a.jump(Op.JUMP_FORWARD, end)
    this.a.place(handler)
    this.a.enterBlock()
    this.a.jump(Op.PUSH_EXC_INFO, cleanup)
    s.handlers.forEach((h, i) => {
      const next = new Label()
      this.setLine(h.pos)
      if (h.type) {
        this.expr(h.type)
        this.a.emit(Op.CHECK_EXC_MATCH)
        this.a.jump(Op.POP_JUMP_IF_FALSE, next)
      } else if (i < s.handlers.length - 1) {
        throw this.ctx.fail("default 'except:' must be last", h.pos)
      }
      let nameClean: Label | null = null
      if (h.name) {
        this.nameOp(h.name, 'store')
        nameClean = new Label()
        this.a.jump(Op.SETUP_FINALLY, nameClean)
        this.a.enterBlock()
      } else {
        this.a.emit(Op.POP_TOP)
      }
      this.fblocks.push({ kind: 'handler', name: h.name })
      this.stmts(h.body)
      this.fblocks.pop()
      if (h.name) {
        this.a.exitBlock()
        this.a.emit(Op.POP_BLOCK)
        this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
        this.nameOp(h.name, 'store')
        this.nameOp(h.name, 'del')
      }
      this.a.emit(Op.POP_BLOCK)
      this.a.emit(Op.POP_EXCEPT)
      this.a.jump(Op.JUMP_FORWARD, end)
      if (nameClean) {
        this.a.place(nameClean)
        this.a.emit(Op.LOAD_CONST, this.a.const({ kind: 'None' }))
        this.nameOp(h.name!, 'store')
        this.nameOp(h.name!, 'del')
        this.a.emit(Op.RERAISE)
      }
      this.a.place(next)
    })
    this.a.emit(Op.RERAISE)
    this.a.exitBlock()
    this.cleanup(cleanup)
    this.a.place(end)
  }
}
