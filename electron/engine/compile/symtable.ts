/// Scope analysis: for every function, lambda, class body and comprehension,
/// which names are local, global, free (from an enclosing function) or
/// cells (captured by an inner function), by CPython's rules.

import type * as A from '../front/ast.ts'

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension'

export const enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

/// One scope. `node` is the AST node that opens it (null for the module).
export class Scope {
  readonly assigned = new Set<string>()
  readonly used = new Set<string>()
  readonly globals = new Set<string>()
  readonly nonlocals = new Set<string>()
  readonly params: string[] = []
  readonly children: Scope[] = []
  readonly bindings = new Map<string, Binding>()
  /// Names inner scopes take from this one (become cells here).
  readonly cells = new Set<string>()
  /// Free variables of this scope, in first-use order.
  readonly frees: string[] = []
  isGenerator = false
  /// A function nested in a class that uses `super` / `__class__`.
  needsClassCell = false

  constructor(readonly kind: ScopeKind, readonly name: string, readonly parent: Scope | null, readonly node: unknown) {
    parent?.children.push(this)
  }

  binding(name: string): Binding {
    return this.bindings.get(name) ?? (this.kind === 'module' ? Binding.GLOBAL_IMPLICIT : Binding.GLOBAL_IMPLICIT)
  }
}

/// Thrown for scope errors; the compiler turns it into a SyntaxError.
export class ScopeError extends Error {
  constructor(message: string, readonly pos: A.Pos) {
    super(message)
  }
}

/// Builds and resolves the scopes of a module. Scopes are keyed by their
/// opening AST node.
export function analyze(module: A.Module): { root: Scope; scopeOf: Map<unknown, Scope> } {
  const scopeOf = new Map<unknown, Scope>()
  const root = new Scope('module', '<module>', null, null)
  scopeOf.set(module, root)
  const b = new Builder(scopeOf)
  b.stmts(module.body, root)
  resolve(root)
  return { root, scopeOf }
}

class Builder {
  constructor(readonly scopeOf: Map<unknown, Scope>) {}

  stmts(list: A.Stmt[], s: Scope): void {
    for (const st of list) this.stmt(st, s)
  }

  declare(name: string, s: Scope, pos: A.Pos, how: 'assign' | 'param' = 'assign'): void {
    if (how === 'assign' && (s.globals.has(name) || s.nonlocals.has(name))) return
    s.assigned.add(name)
  }

  target(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name': this.declare(e.id, s, e.pos); break
      case 'Tuple': case 'List': for (const x of e.elts) this.target(x, s); break
      case 'Starred': this.target(e.value, s); break
      case 'Attribute': this.expr(e.value, s); break
      case 'Subscript': this.expr(e.value, s); this.expr(e.index, s); break
      default: this.expr(e, s)
    }
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'Expr': this.expr(st.value, s); break
      case 'Assign': this.expr(st.value, s); for (const t of st.targets) this.target(t, s); break
      case 'AugAssign':
        this.expr(st.value, s)
        if (st.target.kind === 'Name') { s.used.add(st.target.id); this.declare(st.target.id, s, st.pos) } else this.target(st.target, s)
        break
      case 'AnnAssign': if (st.value) this.expr(st.value, s); this.target(st.target, s); break
      case 'If': this.expr(st.test, s); this.stmts(st.body, s); this.stmts(st.orelse, s); break
      case 'While': this.expr(st.test, s); this.stmts(st.body, s); this.stmts(st.orelse, s); break
      case 'For': this.expr(st.iter, s); this.target(st.target, s); this.stmts(st.body, s); this.stmts(st.orelse, s); break
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d, s)
        this.defaults(st.args, s)
        this.declare(st.name, s, st.pos)
        const fs = new Scope('function', st.name, s, st)
        this.scopeOf.set(st, fs)
        this.params(st.args, fs)
        this.stmts(st.body, fs)
        break
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s)
        for (const base of st.bases) this.expr(base, s)
        for (const k of st.keywords) this.expr(k.value, s)
        this.declare(st.name, s, st.pos)
        const cs = new Scope('class', st.name, s, st)
        this.scopeOf.set(st, cs)
        this.stmts(st.body, cs)
        break
      }
      case 'Return': if (st.value) this.expr(st.value, s); break
      case 'With':
        for (const it of st.items) {
          this.expr(it.contextExpr, s)
          if (it.optionalVars) this.target(it.optionalVars, s)
        }
        this.stmts(st.body, s)
        break
      case 'Try':
        this.stmts(st.body, s)
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s)
          if (h.name) this.declare(h.name, s, h.pos)
          this.stmts(h.body, s)
        }
        this.stmts(st.orelse, s)
        this.stmts(st.finalbody, s)
        break
      case 'Raise': if (st.exc) this.expr(st.exc, s); if (st.cause) this.expr(st.cause, s); break
      case 'Import': for (const a of st.names) this.declare(a.asname ?? a.name.split('.')[0], s, a.pos); break
      case 'ImportFrom': for (const a of st.names) if (a.name !== '*') this.declare(a.asname ?? a.name, s, a.pos); break
      case 'Global':
        for (const n of st.names) {
          if (s.kind === 'module') continue
          if (s.assigned.has(n) || s.used.has(n)) {
            throw new ScopeError(`name '${n}' is ${s.assigned.has(n) ? 'assigned to' : 'used'} prior to global declaration`, st.pos)
          }
          if (s.params.includes(n)) throw new ScopeError(`name '${n}' is parameter and global`, st.pos)
          s.globals.add(n)
        }
        break
      case 'Nonlocal':
        if (s.kind === 'module') throw new ScopeError('nonlocal declaration not allowed at module level', st.pos)
        for (const n of st.names) {
          if (s.assigned.has(n) || s.used.has(n)) {
            throw new ScopeError(`name '${n}' is ${s.assigned.has(n) ? 'assigned to' : 'used'} prior to nonlocal declaration`, st.pos)
          }
          if (s.params.includes(n)) throw new ScopeError(`name '${n}' is parameter and nonlocal`, st.pos)
          s.nonlocals.add(n)
        }
        break
      case 'Assert': this.expr(st.test, s); if (st.msg) this.expr(st.msg, s); break
      case 'Delete': for (const t of st.targets) this.target(t, s); break
      case 'Break': case 'Continue': case 'Pass': break
    }
  }

  defaults(args: A.Arguments, s: Scope): void {
    for (const p of [...args.args, ...args.kwonlyargs]) if (p.default) this.expr(p.default, s)
  }

  params(args: A.Arguments, fs: Scope): void {
    const all = [...args.args, ...args.kwonlyargs]
    if (args.vararg) all.splice(args.args.length + args.kwonlyargs.length, 0, args.vararg)
    const names = [...args.args.map((p) => p.name), ...args.kwonlyargs.map((p) => p.name)]
    if (args.vararg) names.push(args.vararg.name)
    if (args.kwarg) names.push(args.kwarg.name)
    const seen = new Set<string>()
    const allParams = [...args.args, ...args.kwonlyargs, ...(args.vararg ? [args.vararg] : []), ...(args.kwarg ? [args.kwarg] : [])]
    for (const p of allParams) {
      if (seen.has(p.name)) throw new ScopeError(`duplicate argument '${p.name}' in function definition`, p.pos)
      seen.add(p.name)
    }
    fs.params.push(...names)
    for (const n of names) fs.assigned.add(n)
  }

  comprehension(kind: string, e: A.Expr & { generators: A.Comprehension[] }, parts: A.Expr[], s: Scope): void {
    // the first iterable is evaluated in the enclosing scope
    this.expr(e.generators[0].iter, s)
    const cs = new Scope('comprehension', kind, s, e)
    this.scopeOf.set(e, cs)
    cs.params.push('.0')
    cs.assigned.add('.0')
    e.generators.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs)
      this.target(g.target, cs)
      for (const c of g.ifs) this.expr(c, cs)
    })
    for (const p of parts) this.expr(p, cs)
    if (kind === '<genexpr>') cs.isGenerator = true
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        s.used.add(e.id)
        if (e.id === 'super' || e.id === '__class__') s.needsClassCell = true
        break
      case 'Constant': break
      case 'JoinedStr': for (const p of e.parts) this.fpart(p, s); break
      case 'List': case 'Tuple': case 'Set': for (const x of e.elts) this.expr(x, s); break
      case 'Dict': e.keys.forEach((k) => k && this.expr(k, s)); e.values.forEach((v) => this.expr(v, s)); break
      case 'Starred': this.expr(e.value, s); break
      case 'Attribute': this.expr(e.value, s); break
      case 'Subscript': this.expr(e.value, s); this.expr(e.index, s); break
      case 'Slice': for (const x of [e.lower, e.upper, e.step]) if (x) this.expr(x, s); break
      case 'Call': this.expr(e.func, s); for (const a of e.args) this.expr(a, s); for (const k of e.keywords) this.expr(k.value, s); break
      case 'BinOp': this.expr(e.left, s); this.expr(e.right, s); break
      case 'UnaryOp': this.expr(e.operand, s); break
      case 'BoolOp': for (const v of e.values) this.expr(v, s); break
      case 'Compare': this.expr(e.left, s); for (const c of e.comparators) this.expr(c, s); break
      case 'IfExp': this.expr(e.test, s); this.expr(e.body, s); this.expr(e.orelse, s); break
      case 'Lambda': {
        this.defaults(e.args, s)
        const ls = new Scope('function', '<lambda>', s, e)
        this.scopeOf.set(e, ls)
        this.params(e.args, ls)
        this.expr(e.body, ls)
        break
      }
      case 'ListComp': this.comprehension('<listcomp>', e, [e.elt], s); break
      case 'SetComp': this.comprehension('<setcomp>', e, [e.elt], s); break
      case 'GeneratorExp': this.comprehension('<genexpr>', e, [e.elt], s); break
      case 'DictComp': this.comprehension('<dictcomp>', e, [e.key, e.value], s); break
      case 'NamedExpr': {
        this.expr(e.value, s)
        // binds in the nearest enclosing scope that is not a comprehension
        let t = s
        while (t.kind === 'comprehension' && t.parent) t = t.parent
        if (e.target.kind === 'Name') {
          this.declare(e.target.id, t, e.pos)
          if (t !== s) { s.used.add(e.target.id) }
        }
        break
      }
      case 'Yield':
        if (s.kind === 'module' || s.kind === 'class') throw new ScopeError("'yield' outside function", e.pos)
        s.isGenerator = true
        if (e.value) this.expr(e.value, s)
        break
    }
  }

  fpart(p: A.FStringPart, s: Scope): void {
    if (p.kind === 'field') {
      this.expr(p.value, s)
      if (p.formatSpec) for (const q of p.formatSpec) this.fpart(q, s)
    }
  }
}

/// Decides every scope's bindings, walking down with the enclosing function scopes.
function resolve(s: Scope): void {
  for (const n of s.globals) s.bindings.set(n, Binding.GLOBAL_EXPLICIT)
  if (s.kind !== 'module') {
    for (const n of s.assigned) if (!s.globals.has(n) && !s.nonlocals.has(n)) s.bindings.set(n, Binding.LOCAL)
  }
  for (const n of s.nonlocals) {
    const owner = findEnclosing(s.parent, n)
    if (!owner) throw new ScopeError(`no binding for nonlocal '${n}' found`, { line: 0, col: 0 })
    markFree(s, n, owner)
  }
  if (s.kind !== 'module') {
    for (const n of s.used) {
      if (s.bindings.has(n)) continue
      const owner = findEnclosing(s.parent, n)
      if (owner) markFree(s, n, owner)
      else s.bindings.set(n, s.kind === 'class' ? Binding.GLOBAL_IMPLICIT : Binding.GLOBAL_IMPLICIT)
    }
  }
  // a method that uses super() takes __class__ from its class body
  if (s.needsClassCell && s.kind !== 'class') {
    let t: Scope | null = s
    while (t && t.kind !== 'class') {
      if (!t.bindings.has('__class__') || t.bindings.get('__class__') === Binding.GLOBAL_IMPLICIT) {
        t.bindings.set('__class__', Binding.FREE)
        if (!t.frees.includes('__class__')) t.frees.push('__class__')
      }
      t = t.parent
    }
    if (t) t.cells.add('__class__')
  }
  for (const c of s.children) resolve(c)
}

/// The nearest enclosing function scope (skipping classes) that binds n.
function findEnclosing(s: Scope | null, n: string): Scope | null {
  for (let t = s; t; t = t.parent) {
    if (t.kind === 'module') return null
    if (t.kind === 'class') continue
    if (t.globals.has(n)) return null
    if ((t.assigned.has(n) && !t.nonlocals.has(n)) || t.bindings.get(n) === Binding.CELL) return t
    if (t.nonlocals.has(n)) return t.parent ? findEnclosing(t.parent, n) : null
  }
  return null
}

/// n is free in s and every scope between s and owner, and a cell in owner.
function markFree(s: Scope, n: string, owner: Scope): void {
  for (let t: Scope | null = s; t && t !== owner; t = t.parent) {
    if (t.kind === 'class' && t !== s) {
      // a class between passes the variable through as a free one too
    }
    if (t.bindings.get(n) === Binding.LOCAL && t !== s) break
    t.bindings.set(n, Binding.FREE)
    if (!t.frees.includes(n)) t.frees.push(n)
  }
  owner.cells.add(n)
  owner.bindings.set(n, Binding.CELL)
}
