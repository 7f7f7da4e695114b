/// Scope analysis, after CPython's symtable.c: a first pass records what each
/// scope does with each name (flags), a second decides where every name
/// lives (local, global, free, cell). Scope kinds: the module, functions
/// (def and lambda), class bodies and comprehensions (their own functions, as
/// in CPython <= 3.11).

import type * as A from '../front/ast.ts'

/// What opens a scope.
export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension'

/// Where a name lives, as CPython's symtable scopes.
export const enum Binding { LOCAL = 1, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

const DEF_GLOBAL = 1
const DEF_LOCAL = 2
const DEF_PARAM = 4
const DEF_NONLOCAL = 8
const USE = 16
/// A class binds the name and also passes it through to its methods as a free variable.
const DEF_FREE_CLASS = 32
const DEF_IMPORT = 64
const DEF_ANNOT = 128
const DEF_COMP_ITER = 256
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

/// One scope. `node` is the AST node that opens it (the Module for the module).
export class Scope {
  readonly children: Scope[] = []
  /// Name (mangled) -> DEF_* flags.
  readonly symbols = new Map<string, number>()
  /// Name (mangled) -> where it lives; names absent here are unknown to the
  /// scope (the compiler's own, like `__module__`) and go through *_NAME.
  readonly scopes = new Map<string, Binding>()
  /// Where each name was first declared global/nonlocal, for error positions.
  readonly directives = new Map<string, A.Pos>()
  /// Parameter names in varnames order: positional, keyword-only, *args, **kwargs.
  readonly params: string[] = []
  isGenerator = false
  /// A class body whose methods use `super` or `__class__`: it has a `__class__` cell.
  needsClassClosure = false
  /// Sorted, as CPython; a class needing it has `__class__` here.
  cellvars: string[] = []
  /// Sorted, as CPython.
  freevars: string[] = []

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly node: unknown,
    /// The class name private names are mangled with (CPython's `__private` rule), or null.
    readonly privateName: string | null,
  ) {
    parent?.children.push(this)
  }

  /// Where a (mangled) name lives in this scope, undefined if the scope never mentions it.
  binding(name: string): Binding | undefined {
    return this.scopes.get(name)
  }

  /// `__x` inside class C becomes `_C__x`.
  mangle(name: string): string {
    return mangle(this.privateName, name)
  }
}

/// CPython's _Py_Mangle.
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name
  const stripped = privateName.replace(/^_+/, '')
  return stripped === '' ? name : `_${stripped}${name}`
}

/// A scope problem; the compiler turns it into a SyntaxError at pos.
export class ScopeError extends Error {
  constructor(message: string, readonly pos: A.Pos) {
    super(message)
  }
}

/// The scopes of a module, keyed by the AST node that opens each.
export interface Analysis {
  readonly root: Scope
  readonly scopeOf: Map<unknown, Scope>
}

/// Builds and resolves the scopes of a module.
export function analyze(module: A.Module): Analysis {
  const scopeOf = new Map<unknown, Scope>()
  const root = new Scope('module', '<module>', null, module, null)
  scopeOf.set(module, root)
  new Builder(scopeOf, root).stmts(module.body)
  analyzeBlock(root, null, new Set(), new Set())
  finishVars(root)
  return { root, scopeOf }
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression',
}

/// Pass 1: flags for every name in every scope, in source order, raising
/// the errors CPython's symtable raises while it walks.
class Builder {
  private cur: Scope
  /// > 0 while visiting a comprehension's iterable (no walrus there).
  private compIterExpr = 0
  /// > 0 while visiting a comprehension's targets.
  private compIterTarget = 0

  constructor(readonly scopeOf: Map<unknown, Scope>, root: Scope) {
    this.cur = root
  }

  private addDef(name: string, flag: number, pos: A.Pos, s: Scope = this.cur): void {
    const m = s.mangle(name)
    const old = s.symbols.get(m) ?? 0
    if (flag & DEF_PARAM && old & DEF_PARAM) throw new ScopeError(`duplicate argument '${name}' in function definition`, pos)
    s.symbols.set(m, old | flag)
    if (flag & DEF_PARAM) s.params.push(m)
  }

  private lookup(name: string): number {
    return this.cur.symbols.get(this.cur.mangle(name)) ?? 0
  }

  private enter(kind: ScopeKind, name: string, node: unknown, privateName: string | null): Scope {
    const s = new Scope(kind, name, this.cur, node, privateName)
    this.scopeOf.set(node, s)
    this.cur = s
    return s
  }

  stmts(list: A.Stmt[]): void {
    for (const st of list) this.stmt(st)
  }

  private stmt(st: A.Stmt): void {
    switch (st.kind) {
      case 'Expr': this.expr(st.value); break
      case 'Assign': for (const t of st.targets) this.target(t); this.expr(st.value); break
      case 'AugAssign': this.target(st.target); this.expr(st.value); break
      case 'AnnAssign': {
        const t = st.target
        if (t.kind === 'Name') {
          const cur = this.lookup(t.id)
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.kind !== 'module') {
            throw new ScopeError(`annotated name '${t.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, st.pos)
          }
          this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t.pos)
        } else {
          this.target(t)
        }
        this.expr(st.annotation)
        if (st.value) this.expr(st.value)
        break
      }
      case 'If': case 'While': this.expr(st.test); this.stmts(st.body); this.stmts(st.orelse); break
      case 'For': this.target(st.target); this.expr(st.iter); this.stmts(st.body); this.stmts(st.orelse); break
      case 'FunctionDef': {
        this.addDef(st.name, DEF_LOCAL, st.pos)
        this.defaults(st.args)
        for (const d of st.decorators) this.expr(d)
        const outer = this.cur
        this.enter('function', st.name, st, outer.privateName)
        this.params(st.args)
        this.stmts(st.body)
        this.cur = outer
        break
      }
      case 'ClassDef': {
        this.addDef(st.name, DEF_LOCAL, st.pos)
        for (const b of st.bases) this.expr(b)
        for (const k of st.keywords) this.expr(k.value)
        for (const d of st.decorators) this.expr(d)
        const outer = this.cur
        this.enter('class', st.name, st, st.name)
        this.stmts(st.body)
        this.cur = outer
        break
      }
      case 'Return': if (st.value) this.expr(st.value); break
      case 'Delete': for (const t of st.targets) this.target(t); break
      case 'With':
        for (const it of st.items) {
          this.expr(it.contextExpr)
          if (it.optionalVars) this.target(it.optionalVars)
        }
        this.stmts(st.body)
        break
      case 'Try':
        this.stmts(st.body)
        this.stmts(st.orelse)
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type)
          if (h.name) this.addDef(h.name, DEF_LOCAL, h.pos)
          this.stmts(h.body)
        }
        this.stmts(st.finalbody)
        break
      case 'Raise': if (st.exc) this.expr(st.exc); if (st.cause) this.expr(st.cause); break
      case 'Assert': this.expr(st.test); if (st.msg) this.expr(st.msg); break
      case 'Import':
        for (const al of st.names) this.addDef(al.asname ?? al.name.split('.')[0], DEF_IMPORT, al.pos)
        break
      case 'ImportFrom':
        for (const al of st.names) {
          if (al.name === '*') {
            if (this.cur.kind !== 'module') throw new ScopeError('import * only allowed at module level', al.pos)
            continue
          }
          this.addDef(al.asname ?? al.name, DEF_IMPORT, al.pos)
        }
        break
      case 'Global': case 'Nonlocal': {
        const what = st.kind === 'Global' ? 'global' : 'nonlocal'
        for (const name of st.names) {
          const cur = this.lookup(name)
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const msg = cur & DEF_PARAM ? `name '${name}' is parameter and ${what}`
              : cur & USE ? `name '${name}' is used prior to ${what} declaration`
              : cur & DEF_ANNOT ? `annotated name '${name}' can't be ${what}`
              : `name '${name}' is assigned to before ${what} declaration`
            throw new ScopeError(msg, st.pos)
          }
          this.addDef(name, st.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, st.pos)
          this.directive(name, st.pos)
        }
        break
      }
      case 'Pass': case 'Break': case 'Continue': break
    }
  }

  private directive(name: string, pos: A.Pos, s: Scope = this.cur): void {
    const m = s.mangle(name)
    if (!s.directives.has(m)) s.directives.set(m, pos)
  }

  /// A name bound by assignment, for, with, del...; other targets are visited as expressions.
  private target(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, this.compIterTarget ? DEF_LOCAL | DEF_COMP_ITER : DEF_LOCAL, e.pos)
        return
      case 'Tuple': case 'List': for (const x of e.elts) this.target(x); return
      case 'Starred': this.target(e.value); return
      default: this.expr(e)
    }
  }

  private defaults(args: A.Arguments): void {
    for (const p of args.args) if (p.default) this.expr(p.default)
    for (const p of args.kwonlyargs) if (p.default) this.expr(p.default)
  }

  private params(args: A.Arguments): void {
    for (const p of args.args) this.addDef(p.name, DEF_PARAM, p.pos)
    for (const p of args.kwonlyargs) this.addDef(p.name, DEF_PARAM, p.pos)
    if (args.vararg) this.addDef(args.vararg.name, DEF_PARAM, args.vararg.pos)
    if (args.kwarg) this.addDef(args.kwarg.name, DEF_PARAM, args.kwarg.pos)
  }

  private comprehension(e: A.Expr & { generators: A.Comprehension[] }, name: string, elts: A.Expr[]): void {
    const [first, ...rest] = e.generators
    // the outermost iterable is evaluated in the enclosing scope
    this.compIterExpr++
    this.expr(first.iter)
    this.compIterExpr--
    const outer = this.cur
    const s = this.enter('comprehension', name, e, outer.privateName)
    if (e.kind === 'GeneratorExp') s.isGenerator = true
    this.addDef('.0', DEF_PARAM, e.pos)
    this.generatorTarget(first)
    for (const g of rest) {
      this.compIterExpr++
      this.expr(g.iter)
      this.compIterExpr--
      this.generatorTarget(g)
    }
    for (const x of elts) this.expr(x)
    this.cur = outer
  }

  private generatorTarget(g: A.Comprehension): void {
    this.compIterTarget++
    this.target(g.target)
    this.compIterTarget--
    for (const c of g.ifs) this.expr(c)
  }

  /// `x := v` inside a comprehension binds x in the enclosing function (or module).
  private namedExpr(e: A.Expr & { kind: 'NamedExpr' }): void {
    if (this.compIterExpr > 0) throw new ScopeError('assignment expression cannot be used in a comprehension iterable expression', e.pos)
    this.expr(e.value)
    if (e.target.kind !== 'Name' || this.cur.kind !== 'comprehension') return this.target(e.target)
    const name = e.target.id
    for (let s: Scope | null = this.cur; s; s = s.parent) {
      if (s.kind === 'comprehension') {
        if ((s.symbols.get(s.mangle(name)) ?? 0) & DEF_COMP_ITER) {
          throw new ScopeError(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e.pos)
        }
        continue
      }
      if (s.kind === 'function') {
        const there = s.symbols.get(s.mangle(name)) ?? 0
        this.addDef(name, there & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e.pos)
        this.directive(name, e.pos)
        this.addDef(name, DEF_LOCAL, e.pos, s)
        return
      }
      if (s.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, e.pos)
        this.directive(name, e.pos)
        this.addDef(name, DEF_GLOBAL, e.pos, s)
        return
      }
      throw new ScopeError('assignment expression within a comprehension cannot be used in a class body', e.pos)
    }
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, USE, e.pos)
        // zero-argument super() reads the __class__ cell
        if (e.id === 'super' && (this.cur.kind === 'function' || this.cur.kind === 'comprehension')) this.addDef('__class__', USE, e.pos)
        return
      case 'Constant': return
      case 'JoinedStr': for (const p of e.parts) this.fpart(p); return
      case 'List': case 'Tuple': case 'Set': for (const x of e.elts) this.expr(x); return
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k)
          this.expr(e.values[i])
        })
        return
      case 'Starred': this.expr(e.value); return
      case 'Attribute': this.expr(e.value); return
      case 'Subscript': this.expr(e.value); this.expr(e.index); return
      case 'Slice': for (const x of [e.lower, e.upper, e.step]) if (x) this.expr(x); return
      case 'Call':
        this.expr(e.func)
        for (const a of e.args) this.expr(a)
        for (const k of e.keywords) this.expr(k.value)
        return
      case 'BinOp': this.expr(e.left); this.expr(e.right); return
      case 'UnaryOp': this.expr(e.operand); return
      case 'BoolOp': for (const v of e.values) this.expr(v); return
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); return
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); return
      case 'Lambda': {
        this.defaults(e.args)
        const outer = this.cur
        this.enter('function', '<lambda>', e, outer.privateName)
        this.params(e.args)
        this.expr(e.body)
        this.cur = outer
        return
      }
      case 'ListComp': return this.comprehension(e, '<listcomp>', [e.elt])
      case 'SetComp': return this.comprehension(e, '<setcomp>', [e.elt])
      case 'GeneratorExp': return this.comprehension(e, '<genexpr>', [e.elt])
      case 'DictComp': return this.comprehension(e, '<dictcomp>', [e.key, e.value])
      case 'NamedExpr': return this.namedExpr(e)
      case 'Yield': {
        if (this.cur.kind === 'comprehension') {
          throw new ScopeError(`'yield' inside ${COMP_NAMES[(this.cur.node as A.Expr).kind]}`, e.pos)
        }
        // at module or class level the compiler reports "'yield' outside function"
        if (this.cur.kind === 'function') this.cur.isGenerator = true
        if (e.value) this.expr(e.value)
        return
      }
    }
  }

  private fpart(p: A.FStringPart): void {
    if (p.kind !== 'field') return
    this.expr(p.value)
    if (p.formatSpec) for (const q of p.formatSpec) this.fpart(q)
  }
}

const isFunctionLike = (s: Scope): boolean => s.kind === 'function' || s.kind === 'comprehension'

/// Pass 2, CPython's analyze_block: `bound` holds the names bound in
/// enclosing function scopes (null at module level), `free` collects this
/// block's unresolved free names for the parent, `global` the names known global.
function analyzeBlock(s: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>()
  const newGlobal = new Set<string>()
  const newFree = new Set<string>()
  const newBound = new Set<string>()
  if (s.kind === 'class') {
    for (const g of global) newGlobal.add(g)
    if (bound) for (const b of bound) newBound.add(b)
  }
  for (const [name, flags] of s.symbols) analyzeName(s, name, flags, bound, local, free, global)
  if (s.kind !== 'class') {
    if (isFunctionLike(s)) for (const l of local) newBound.add(l)
    if (bound) for (const b of bound) newBound.add(b)
    for (const g of global) newGlobal.add(g)
  } else {
    newBound.add('__class__')
  }
  for (const child of s.children) {
    const childFree = new Set(newFree)
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal))
    for (const f of childFree) newFree.add(f)
  }
  if (isFunctionLike(s)) {
    for (const [name, b] of s.scopes) {
      if (b === Binding.LOCAL && newFree.has(name)) {
        s.scopes.set(name, Binding.CELL)
        newFree.delete(name)
      }
    }
  } else if (s.kind === 'class' && newFree.delete('__class__')) {
    s.needsClassClosure = true
  }
  // free names of inner scopes that this one does not know pass through it
  for (const name of newFree) {
    const flags = s.symbols.get(name)
    if (flags !== undefined) {
      if (s.kind === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) s.symbols.set(name, flags | DEF_FREE_CLASS)
      continue
    }
    if (bound && !bound.has(name)) continue
    s.symbols.set(name, 0)
    s.scopes.set(name, Binding.FREE)
  }
  for (const f of newFree) free.add(f)
}

function analyzeName(s: Scope, name: string, flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
  const at = (): A.Pos => s.directives.get(name) ?? { line: 0, col: 0 }
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw new ScopeError(`name '${name}' is nonlocal and global`, at())
    s.scopes.set(name, Binding.GLOBAL_EXPLICIT)
    global.add(name)
    bound?.delete(name)
    return
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw new ScopeError('nonlocal declaration not allowed at module level', at())
    if (!bound.has(name)) throw new ScopeError(`no binding for nonlocal '${name}' found`, at())
    s.scopes.set(name, Binding.FREE)
    free.add(name)
    return
  }
  if (flags & DEF_BOUND) {
    s.scopes.set(name, Binding.LOCAL)
    local.add(name)
    global.delete(name)
    return
  }
  if (bound && bound.has(name)) {
    s.scopes.set(name, Binding.FREE)
    free.add(name)
    return
  }
  s.scopes.set(name, Binding.GLOBAL_IMPLICIT)
}

/// Cell and free variable lists, in CPython's (sorted) order.
function finishVars(s: Scope): void {
  const cells: string[] = [], frees: string[] = []
  for (const [name, b] of s.scopes) {
    if (b === Binding.CELL) cells.push(name)
    else if (b === Binding.FREE || (s.symbols.get(name) ?? 0) & DEF_FREE_CLASS) frees.push(name)
  }
  s.cellvars = cells.sort(byCodePoint)
  if (s.needsClassClosure) s.cellvars.push('__class__')
  s.freevars = frees.sort(byCodePoint)
  for (const c of s.children) finishVars(c)
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
