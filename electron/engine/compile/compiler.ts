/// AST -> code objects. One CodeGen per scope (module, function, lambda,
/// class body, comprehension): expressions in exprs.ts, statements in
/// stmts.ts, and here what concerns a whole code object: how names resolve,
/// making functions, classes and comprehensions, and the finished CodeObject.

import type * as A from '../front/ast.ts'
import { PySyntaxError } from '../front/syntax-error.ts'
import { Op, CodeFlags, type CodeObject, type Const } from './chunk.ts'
import { Label } from './assembler.ts'
import { analyze, Binding, ScopeError, type Scope, type Analysis } from './symtable.ts'
import type { Context, NameMode } from './exprs.ts'
import { StmtGen } from './stmts.ts'

/// Options for compile().
export interface CompileOptions {
  /// Marks every code object INTERNAL (the kitchen's own library).
  readonly internal?: boolean
}

/// Compiles a parsed module to its code object; nested code objects live in
/// the constants. Throws PySyntaxError for what CPython's compiler rejects.
export function compile(module: A.Module, filename: string, source: string, options: CompileOptions = {}): CodeObject {
  const sourceLines = source.split('\n')
  const fail = (message: string, pos: A.Pos): PySyntaxError => {
    const line = pos.line > 0 ? pos.line : 1
    return new PySyntaxError(message, filename, line, pos.col, sourceLines[line - 1] ?? '')
  }
  let analysis: Analysis
  try {
    analysis = analyze(module)
  } catch (e) {
    if (e instanceof ScopeError) throw fail(e.message, e.pos)
    throw e
  }
  const ctx: Context = { filename, sourceLines, scopeOf: analysis.scopeOf, internal: options.internal ?? false, fail }
  const gen = new CodeGen(ctx, analysis.root, '<module>', '<module>', 1)
  gen.a.emit(Op.RESUME)
  gen.body(module.body, true)
  gen.loadConst({ kind: 'None' })
  gen.a.emit(Op.RETURN_VALUE)
  return gen.finish(0, 0, CodeFlags.MODULE)
}

/// The docstring of a body, if its first statement is a string literal.
function docstring(body: A.Stmt[]): string | null {
  const first = body[0]
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str') return first.value.value.value
  return null
}

const COMP_NAMES: Record<string, string> = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }
const COMP_BUILD: Record<string, Op> = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP }
const COMP_ADD: Record<string, Op> = { ListComp: Op.LIST_APPEND, SetComp: Op.SET_ADD, DictComp: Op.MAP_ADD }

/// The code generator of one code object.
export class CodeGen extends StmtGen {
  readonly varnames: string[]

  constructor(ctx: Context, scope: Scope, name: string, qualname: string, firstLine: number) {
    super(ctx, scope, name, qualname, firstLine)
    this.varnames = [...scope.params]
  }

  // ------------------------------------------------------------------ names

  nameOp(raw: string, mode: NameMode): void {
    const name = this.scope.mangle(raw)
    const kind = this.scope.kind
    const pick = (load: Op, store: Op, del: Op): Op => (mode === 'load' ? load : mode === 'store' ? store : del)
    const fnLike = kind === 'function' || kind === 'comprehension'
    switch (this.scope.binding(name)) {
      case Binding.FREE: case Binding.CELL:
        this.a.emit(kind === 'class' && mode === 'load' ? Op.LOAD_CLASSDEREF : pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), this.derefIndex(name))
        return
      case Binding.LOCAL:
        if (fnLike) {
          this.a.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), this.localIndex(name))
          return
        }
        break
      case Binding.GLOBAL_EXPLICIT:
        this.a.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.a.name(name))
        return
      case Binding.GLOBAL_IMPLICIT:
        if (fnLike) {
          this.a.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.a.name(name))
          return
        }
        break
    }
    this.a.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.a.name(name))
  }

  private localIndex(name: string): number {
    let i = this.varnames.indexOf(name)
    if (i < 0) {
      i = this.varnames.length
      this.varnames.push(name)
    }
    return i
  }

  /// Index into the shared cell/free space of *_DEREF and LOAD_CLOSURE.
  private derefIndex(name: string): number {
    const c = this.scope.cellvars.indexOf(name)
    if (c >= 0) return c
    const f = this.scope.freevars.indexOf(name)
    if (f < 0) throw new Error(`internal compiler error: no cell for '${name}' in ${this.qualname}`)
    return this.scope.cellvars.length + f
  }

  // ------------------------------------------------------------------ bodies

  /// A module or class body: a leading docstring becomes `__doc__`.
  body(stmts: A.Stmt[], storeDoc: boolean): void {
    const doc = storeDoc ? docstring(stmts) : null
    if (doc !== null) {
      this.a.line = stmts[0].pos.line || this.a.line
      this.loadConst({ kind: 'str', value: doc })
      this.nameOp('__doc__', 'store')
      this.stmts(stmts.slice(1))
    } else {
      this.stmts(stmts)
    }
  }

  finish(argcount: number, kwonlyargcount: number, flags: number): CodeObject {
    const { code, lines, maxStack, maxBlocks } = this.a.finish()
    if (this.scope.isGenerator) flags |= CodeFlags.GENERATOR
    if (this.ctx.internal) flags |= CodeFlags.INTERNAL
    const cellvars = this.scope.cellvars
    return {
      name: this.name, qualname: this.qualname, filename: this.ctx.filename, firstLine: this.firstLine, flags,
      argcount, kwonlyargcount, varnames: this.varnames, cellvars, freevars: this.scope.freevars,
      cell2arg: cellvars.map((c) => this.scope.params.indexOf(c)),
      names: this.a.names, consts: this.a.consts, code, lines, maxStack, maxBlocks,
      sourceLines: this.ctx.sourceLines,
    }
  }

  private child(node: unknown, name: string, firstLine: number): CodeGen {
    const scope = this.ctx.scopeOf.get(node)
    if (!scope) throw new Error(`internal compiler error: no scope for ${name}`)
    const g = new CodeGen(this.ctx, scope, name, this.childQualname(name, scope), firstLine)
    g.a.emit(Op.RESUME)
    return g
  }

  /// CPython's qualified names: `f.<locals>.g`, `C.m`; a def declared global is top-level.
  private childQualname(name: string, child: Scope): string {
    if (this.scope.kind === 'module') return name
    if (child.kind === 'function' || child.kind === 'class') {
      if (name !== '<lambda>' && this.scope.binding(this.scope.mangle(name)) === Binding.GLOBAL_EXPLICIT) return name
    }
    return this.scope.kind === 'class' ? `${this.qualname}.${name}` : `${this.qualname}.<locals>.${name}`
  }

  /// Defaults (evaluated here, before the body is compiled, as CPython does): the MAKE_FUNCTION flags they set.
  private defaults(args: A.Arguments): number {
    let flags = 0
    let seenDefault = false
    for (const p of args.args) {
      if (p.default) seenDefault = true
      else if (seenDefault) throw this.fail('non-default argument follows default argument', p.pos)
    }
    const positional = args.args.filter((p) => p.default)
    if (positional.length) {
      for (const p of positional) this.expr(p.default!)
      this.a.emit(Op.BUILD_TUPLE, positional.length)
      flags |= 1
    }
    const kw = args.kwonlyargs.filter((p) => p.default)
    if (kw.length) {
      for (const p of kw) {
        this.loadConst({ kind: 'str', value: this.scope.mangle(p.name) })
        this.expr(p.default!)
      }
      this.a.emit(Op.BUILD_MAP, kw.length)
      flags |= 2
    }
    return flags
  }

  /// Closure, code and qualname, then MAKE_FUNCTION.
  private makeFunction(code: CodeObject, flags: number): void {
    if (code.freevars.length) {
      for (const v of code.freevars) this.a.emit(Op.LOAD_CLOSURE, this.derefIndex(v))
      this.a.emit(Op.BUILD_TUPLE, code.freevars.length)
      flags |= 8
    }
    this.loadConst({ kind: 'code', code })
    this.loadConst({ kind: 'str', value: code.qualname })
    this.a.emit(Op.MAKE_FUNCTION, flags)
  }

  private argFlags(args: A.Arguments): number {
    return (args.vararg ? CodeFlags.VARARGS : 0) | (args.kwarg ? CodeFlags.VARKEYWORDS : 0)
  }

  /// The line of the `def`/`class` keyword: the AST position of a decorated
  /// definition is its first decorator's.
  private defLine(s: { pos: A.Pos; decorators: A.Expr[] }, keyword: RegExp): number {
    if (!s.decorators.length) return s.pos.line
    const lines = this.ctx.sourceLines
    for (let i = s.decorators[s.decorators.length - 1].pos.line; i <= lines.length; i++) {
      if (keyword.test(lines[i - 1])) return i
    }
    return s.pos.line
  }

  /// Applies decorators (evaluated earlier), innermost first, each at its own line.
  private applyDecorators(decorators: A.Expr[]): void {
    const line = this.a.line
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.a.line = decorators[i].pos.line || line
      this.a.emit(Op.CALL_FUNCTION, 1)
    }
    this.a.line = line
  }

  protected functionDef(s: A.Stmt & { kind: 'FunctionDef' }): void {
    for (const d of s.decorators) this.expr(d)
    const line = this.defLine(s, /^\s*(async\s+)?def\b/)
    this.a.line = line
    const flags = this.defaults(s.args)
    const g = this.child(s, s.name, s.decorators[0]?.pos.line || line)
    // CPython's convention: a function's first constant is its docstring (or None)
    const doc = docstring(s.body)
    g.loadConstSlot(doc === null ? { kind: 'None' } : { kind: 'str', value: doc })
    g.stmts(doc === null ? s.body : s.body.slice(1))
    g.returnNoneIfReachable()
    const code = g.finish(s.args.args.length, s.args.kwonlyargs.length, this.argFlags(s.args))
    this.a.line = line
    this.makeFunction(code, flags)
    this.applyDecorators(s.decorators)
    this.nameOp(s.name, 'store')
  }

  protected lambda(e: A.Expr & { kind: 'Lambda' }): void {
    const flags = this.defaults(e.args)
    const g = this.child(e, '<lambda>', e.pos.line)
    g.loadConstSlot({ kind: 'None' })
    g.expr(e.body)
    if (g.scope.isGenerator) {
      // a generator lambda's value is discarded: it returns None when exhausted
      g.a.emit(Op.POP_TOP)
      g.loadConst({ kind: 'None' })
    }
    g.a.emit(Op.RETURN_VALUE)
    this.makeFunction(g.finish(e.args.args.length, e.args.kwonlyargs.length, this.argFlags(e.args) | CodeFlags.LAMBDA), flags)
  }

  protected classDef(s: A.Stmt & { kind: 'ClassDef' }): void {
    if (s.keywords.length) throw this.fail('class keyword arguments are not supported in the kitchen', s.keywords[0].pos)
    for (const d of s.decorators) this.expr(d)
    const line = this.defLine(s, /^\s*class\b/)
    this.a.line = line
    const g = this.child(s, s.name, s.decorators[0]?.pos.line || line)
    g.a.line = line
    g.nameOp('__name__', 'load')
    g.nameOp('__module__', 'store')
    g.loadConst({ kind: 'str', value: g.qualname })
    g.nameOp('__qualname__', 'store')
    g.body(s.body, true)
    if (g.scope.needsClassClosure) {
      g.a.emit(Op.LOAD_CLOSURE, g.derefIndex('__class__'))
      g.a.emit(Op.STORE_NAME, g.a.name('__classcell__'))
    }
    g.loadConst({ kind: 'None' })
    g.a.emit(Op.RETURN_VALUE)
    const code = g.finish(0, 0, CodeFlags.CLASS_BODY)
    this.a.line = line
    this.makeFunction(code, 0)
    this.loadConst({ kind: 'str', value: s.name })
    for (const b of s.bases) {
      if (b.kind === 'Starred') throw this.fail('starred base classes are not supported in the kitchen', b.pos)
      this.expr(b)
    }
    this.a.emit(Op.BUILD_CLASS, s.bases.length)
    this.applyDecorators(s.decorators)
    this.nameOp(s.name, 'store')
  }

  /// A comprehension is a function of one argument, `.0`, the outermost
  /// iterator; it is made and called on the spot.
  protected comprehension(e: A.Expr & { generators: A.Comprehension[] }): void {
    const x = e as A.Expr
    const g = this.child(e, COMP_NAMES[x.kind], e.pos.line)
    const build = COMP_BUILD[x.kind]
    if (build !== undefined) g.a.emit(build, 0)
    g.comprehensionLoops(x, 0)
    if (build === undefined) g.loadConst({ kind: 'None' })
    g.a.emit(Op.RETURN_VALUE)
    this.makeFunction(g.finish(1, 0, CodeFlags.COMPREHENSION), 0)
    this.expr(e.generators[0].iter)
    this.a.emit(Op.GET_ITER)
    this.a.emit(Op.CALL_FUNCTION, 1)
  }

  /// The nested loops of a comprehension; the element goes to the
  /// container sitting below one iterator per loop.
  private comprehensionLoops(e: A.Expr, index: number): void {
    const gens = (e as { generators: A.Comprehension[] }).generators
    const gen = gens[index]
    const a = this.a
    const head = new Label(), exit = new Label()
    if (index === 0) {
      a.emit(Op.LOAD_FAST, 0)
    } else {
      this.expr(gen.iter)
      a.emit(Op.GET_ITER)
    }
    a.place(head)
    a.jump(Op.FOR_ITER, exit)
    this.store(gen.target)
    for (const c of gen.ifs) this.jumpIf(c, false, head)
    if (index + 1 < gens.length) {
      this.comprehensionLoops(e, index + 1)
    } else {
      const depth = gens.length + 1
      switch (e.kind) {
        case 'GeneratorExp':
          this.expr(e.elt)
          a.emit(Op.YIELD_VALUE)
          a.emit(Op.RESUME)
          a.emit(Op.POP_TOP)
          break
        case 'DictComp':
          this.expr(e.key)
          this.expr(e.value)
          a.emit(Op.MAP_ADD, depth)
          break
        case 'ListComp': case 'SetComp':
          this.expr(e.elt)
          a.emit(COMP_ADD[e.kind], depth)
          break
      }
    }
    a.jumpTo(head)
    a.place(exit)
  }

  /// Puts a constant in the pool without loading it (the docstring slot).
  private loadConstSlot(c: Const): void {
    this.a.const(c)
  }

  private returnNoneIfReachable(): void {
    if (!this.a.endReachable()) return
    this.loadConst({ kind: 'None' })
    this.a.emit(Op.RETURN_VALUE)
  }
}
