/// Python source -> the kitchen's AST. Lezer's Python grammar gives a
/// concrete tree (error-tolerant: it inserts error nodes); this file turns
/// any error into a SyntaxError with CPython's line, and lowers the rest.

import { parser } from '@lezer/python'
import type { SyntaxNode } from '@lezer/common'
import type * as A from './ast.ts'
import { PySyntaxError } from './syntax-error.ts'
import { splitLiteral, unescape, EscapeError } from './strings.ts'
import { checkLayout } from './layout-check.ts'

type Node = SyntaxNode

/// Parses a whole program. Throws PySyntaxError.
export function parse(source: string, filename: string): A.Module {
  return new Lowerer(source, filename).module()
}

const BIN_OPS = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'])
const CMP_OPS = new Set(['<', '>', '<=', '>=', '==', '!=', '<>'])
const UNSUPPORTED: Record<string, string> = {
  MatchStatement: "'match'", AwaitExpression: "'await'", AsyncStatement: "'async'",
}

class Lowerer {
  private readonly lineStarts: number[] = [0]
  private readonly lines: string[]

  constructor(readonly src: string, readonly filename: string) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1)
    this.lines = src.split('\n')
  }

  // ------------------------------------------------------------------ positions and errors

  pos(offset: number): A.Pos {
    let lo = 0, hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo] }
  }

  error(message: string, offset: number, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    const p = this.pos(Math.min(offset, this.src.length))
    return new PySyntaxError(message, this.filename, p.line, p.col, this.lines[p.line - 1] ?? '', kind)
  }

  unsupported(what: string, node: Node): PySyntaxError {
    return this.error(`${what} is not supported in the kitchen`, node.from)
  }

  text(n: Node): string {
    return this.src.slice(n.from, n.to)
  }

  kids(n: Node): Node[] {
    const out: Node[] = []
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c)
    return out
  }

  // ------------------------------------------------------------------ checks before lowering

  /// The first error node, reported as CPython would.
  private checkErrors(root: Node): void {
    let bad: Node | null = null
    const cursor = root.cursor()
    do {
      if (cursor.type.isError) { bad = cursor.node; break }
    } while (cursor.next())
    if (!bad) return
    this.reportError(bad)
  }

  private reportError(bad: Node): never {
    const p = this.pos(bad.from)
    const lineText = this.lines[p.line - 1] ?? ''
    // unterminated strings
    const quote = /(^|[^\w])([rRbBfFuU]{0,2})('''|"""|'|")/.exec(lineText.slice(0))
    if (quote && this.unterminated(lineText)) {
      const col = lineText.search(/['"]/)
      const start = this.lineStarts[p.line - 1] + Math.max(0, col - (quote[2]?.length ?? 0))
      throw this.error(`unterminated string literal (detected at line ${p.line})`, start)
    }
    // a block opener without an indented block after it
    const prev = this.previousCodeLine(p.line)
    if (prev && /:\s*(#.*)?$/.test(this.lines[prev - 1]) && this.indentOf(p.line) <= this.indentOf(prev)) {
      const m = /^\s*(\w+)/.exec(this.lines[prev - 1])
      const kw = m ? m[1] : ''
      const what = ['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'def', 'class'].includes(kw)
        ? `'${kw}' statement` : 'statement'
      const label = kw === 'def' ? 'function definition' : kw === 'class' ? 'class definition' : what
      throw this.error(`expected an indented block after ${label} on line ${prev}`, this.lineStarts[p.line - 1] + this.indentOf(p.line), 'IndentationError')
    }
    if (prev && this.indentOf(p.line) > this.indentOf(prev) && !/[:([{,\\]\s*(#.*)?$/.test(this.lines[prev - 1])) {
      throw this.error('unexpected indent', this.lineStarts[p.line - 1] + this.indentOf(p.line), 'IndentationError')
    }
    // a statement header missing its colon
    const header = /^\s*(if|elif|while|for|with|def|class|try|except|else|finally)\b[^:]*$/.exec(lineText)
    if (header && !lineText.trim().endsWith(':') && !lineText.includes('(') ) {
      throw this.error("expected ':'", this.lineStarts[p.line - 1] + lineText.trimEnd().length)
    }
    throw this.error('invalid syntax', bad.from)
  }

  private unterminated(line: string): boolean {
    let q: string | null = null
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (q) {
        if (c === '\\') { i++; continue }
        if (line.startsWith(q, i)) { i += q.length - 1; q = null }
      } else if (c === '#') return false
      else if (c === '"' || c === "'") {
        q = line.startsWith(c.repeat(3), i) ? c.repeat(3) : c
        if (q.length === 3) i += 2
      }
    }
    return q !== null && q.length === 1
  }

  private previousCodeLine(line: number): number {
    for (let l = line - 1; l >= 1; l--) if (this.lines[l - 1].trim() !== '' && !this.lines[l - 1].trim().startsWith('#')) return l
    return 0
  }

  private indentOf(line: number): number {
    const t = this.lines[line - 1] ?? ''
    return t.length - t.replace(/^[ \t]+/, '').length
  }

  // ------------------------------------------------------------------ module and statements

  module(): A.Module {
    const layout = checkLayout(this.src)
    if (layout) throw new PySyntaxError(layout.message, this.filename, layout.line, layout.col, this.lines[layout.line - 1] ?? '', layout.kind)
    const tree = parser.parse(this.src)
    this.checkErrors(tree.topNode)
    try {
      return { body: this.stmts(this.kids(tree.topNode)) }
    } catch (e) {
      if (e instanceof PySyntaxError) throw e
      if (e instanceof EscapeError) throw this.error(e.message, 0)
      throw this.error(`invalid syntax (${(e as Error).message})`, 0)
    }
  }

  stmts(nodes: Node[]): A.Stmt[] {
    const out: A.Stmt[] = []
    for (const n of nodes) {
      if (n.name === 'StatementGroup') {
        out.push(...this.stmts(this.kids(n).filter((k) => k.name !== ';')))
        continue
      }
      if (n.name === ':' || n.name === ';') continue
      out.push(this.stmt(n))
    }
    return out
  }

  body(n: Node): A.Stmt[] {
    const list = this.stmts(this.kids(n).filter((k) => k.name !== ':'))
    if (list.length === 0) throw this.error('expected an indented block', n.to, 'IndentationError')
    return list
  }

  stmt(n: Node): A.Stmt {
    const pos = this.pos(n.from)
    const k = this.kids(n)
    switch (n.name) {
      case 'ExpressionStatement': return { kind: 'Expr', value: this.exprList(k), pos }
      case 'PassStatement': return { kind: 'Pass', pos }
      case 'BreakStatement': return { kind: 'Break', pos }
      case 'ContinueStatement': return { kind: 'Continue', pos }
      case 'ReturnStatement': return { kind: 'Return', value: k.length > 1 ? this.exprList(k.slice(1)) : null, pos }
      case 'AssignStatement': return this.assign(n, k, pos)
      case 'UpdateStatement': {
        const op = this.text(k[1]).slice(0, -1) as A.BinOperator
        return { kind: 'AugAssign', target: this.target(this.expr(k[0])), op, value: this.exprList(k.slice(2)), pos }
      }
      case 'IfStatement': return this.ifStmt(k, 0)
      case 'WhileStatement': {
        const bodies = k.filter((c) => c.name === 'Body')
        return { kind: 'While', test: this.expr(k[1]), body: this.body(bodies[0]), orelse: bodies[1] ? this.body(bodies[1]) : [], pos }
      }
      case 'ForStatement': {
        const inAt = k.findIndex((c) => c.name === 'in')
        const bodies = k.filter((c) => c.name === 'Body')
        const bodyAt = k.indexOf(bodies[0])
        return {
          kind: 'For', target: this.target(this.exprList(k.slice(1, inAt))), iter: this.exprList(k.slice(inAt + 1, bodyAt)),
          body: this.body(bodies[0]), orelse: bodies[1] ? this.body(bodies[1]) : [], pos,
        }
      }
      case 'FunctionDefinition': return this.funcDef(n, k, [], pos)
      case 'ClassDefinition': return this.classDef(k, [], pos)
      case 'DecoratedStatement': {
        const decorators = k.filter((c) => c.name === 'Decorator').map((d) => this.decorator(d))
        const def = k[k.length - 1]
        const dk = this.kids(def)
        if (def.name === 'FunctionDefinition') return this.funcDef(def, dk, decorators, pos)
        if (def.name === 'ClassDefinition') return this.classDef(dk, decorators, pos)
        throw this.unsupported('this decorated statement', def)
      }
      case 'WithStatement': return this.withStmt(k, pos)
      case 'TryStatement': return this.tryStmt(k, pos)
      case 'RaiseStatement': {
        const fromAt = k.findIndex((c) => c.name === 'from')
        if (k.length === 1) return { kind: 'Raise', exc: null, cause: null, pos }
        return {
          kind: 'Raise',
          exc: this.exprList(k.slice(1, fromAt < 0 ? undefined : fromAt)),
          cause: fromAt < 0 ? null : this.exprList(k.slice(fromAt + 1)),
          pos,
        }
      }
      case 'ImportStatement': return this.importStmt(n, k, pos)
      case 'ScopeStatement': {
        const names = k.filter((c) => c.name === 'VariableName').map((c) => this.text(c))
        return { kind: this.text(k[0]) === 'global' ? 'Global' : 'Nonlocal', names, pos }
      }
      case 'AssertStatement': {
        const comma = k.findIndex((c) => c.name === ',')
        return {
          kind: 'Assert',
          test: this.expr(k[1]),
          msg: comma < 0 ? null : this.expr(k[comma + 1]),
          pos,
        }
      }
      case 'DeleteStatement': {
        const targets = this.splitCommas(k.slice(1)).map((g) => this.target(this.exprList(g)))
        return { kind: 'Delete', targets, pos }
      }
      case 'YieldStatement': return { kind: 'Expr', value: this.yieldExpr(n, k), pos }
      case 'PrintStatement': throw this.error("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from)
    }
    if (UNSUPPORTED[n.name]) throw this.unsupported(UNSUPPORTED[n.name], n)
    throw this.unsupported(`'${n.name}'`, n)
  }

  /// `@name`, `@a.b`, `@f(args)`: Lezer gives the pieces flat.
  private decorator(d: Node): A.Expr {
    const parts = this.kids(d).filter((c) => c.name !== 'At')
    if (parts.length === 1) return this.expr(parts[0])
    let e: A.Expr = this.expr(parts[0])
    for (let i = 1; i < parts.length; i++) {
      const c = parts[i]
      if (c.name === '.') continue
      if (c.name === 'PropertyName' || c.name === 'VariableName') e = { kind: 'Attribute', value: e, attr: this.text(c), pos: this.pos(c.from) }
      else if (c.name === 'ArgList') {
        const { args, keywords } = this.callArgs(c)
        e = { kind: 'Call', func: e, args, keywords, pos: this.pos(c.from) }
      } else return this.exprList(parts)
    }
    return e
  }

  private ifStmt(k: Node[], start: number): A.Stmt {
    // k: if test Body (elif test Body)* (else Body)?
    const pos = this.pos(k[start].from)
    const test = this.expr(k[start + 1])
    const body = this.body(k[start + 2])
    const rest = start + 3
    let orelse: A.Stmt[] = []
    if (rest < k.length) {
      if (k[rest].name === 'elif') orelse = [this.ifStmt(k, rest)]
      else if (k[rest].name === 'else') orelse = this.body(k[rest + 1])
    }
    return { kind: 'If', test, body, orelse, pos }
  }

  private assign(n: Node, k: Node[], pos: A.Pos): A.Stmt {
    const typeAt = k.findIndex((c) => c.name === 'TypeDef')
    const groups: Node[][] = [[]]
    for (const c of k) {
      if (c.name === 'AssignOp') groups.push([])
      else if (c.name !== 'TypeDef') groups[groups.length - 1].push(c)
    }
    if (typeAt >= 0) {
      const ann = this.kids(k[typeAt]).filter((c) => c.name !== ':')
      if (ann.length === 0) throw this.error('invalid syntax', k[typeAt].to)
      return {
        kind: 'AnnAssign', target: this.target(this.exprList(groups[0])), annotation: this.expr(ann[0]),
        value: groups.length > 1 ? this.exprList(groups[1]) : null, pos,
      }
    }
    const exprs = groups.map((g) => this.exprList(g))
    const value = exprs.pop()!
    if (value.kind === 'Yield' || exprs.length === 0) {
      // fine
    }
    return { kind: 'Assign', targets: exprs.map((t) => this.target(t)), value, pos }
  }

  /// Checks an expression can be assigned to; returns it.
  target(e: A.Expr): A.Expr {
    switch (e.kind) {
      case 'Name': case 'Attribute': case 'Subscript': return e
      case 'Tuple': case 'List':
        for (const x of e.elts) this.target(x.kind === 'Starred' ? x.value : x)
        return e
      case 'Starred': throw this.errorAt('starred assignment target must be in a list or tuple', e.pos)
      case 'Call': throw this.errorAt("cannot assign to function call here. Maybe you meant '==' instead of '='?", e.pos)
      case 'Constant': throw this.errorAt("cannot assign to literal here. Maybe you meant '==' instead of '='?", e.pos)
    }
    throw this.errorAt(`cannot assign to ${describe(e)}`, e.pos)
  }

  errorAt(message: string, p: A.Pos): PySyntaxError {
    return this.error(message, this.lineStarts[p.line - 1] + p.col)
  }

  private params(list: Node | null): A.Arguments {
    const args: A.Param[] = []
    const kwonly: A.Param[] = []
    let vararg: A.Param | null = null
    let kwarg: A.Param | null = null
    if (!list) return { args, vararg, kwonlyargs: kwonly, kwarg }
    const k = this.kids(list).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== 'TypeDef')
    let star = false
    for (let i = 0; i < k.length; i++) {
      const c = k[i]
      if (c.name === ',') continue
      if (c.name === '*') {
        star = true
        if (k[i + 1]?.name === 'VariableName') {
          vararg = { name: this.text(k[i + 1]), default: null, pos: this.pos(k[i + 1].from) }
          i++
        }
        continue
      }
      if (c.name === '**') {
        kwarg = { name: this.text(k[i + 1]), default: null, pos: this.pos(k[i + 1].from) }
        i++
        continue
      }
      if (c.name === 'VariableName') {
        let dflt: A.Expr | null = null
        if (k[i + 1]?.name === 'AssignOp') {
          dflt = this.expr(k[i + 2])
          i += 2
        }
        const p: A.Param = { name: this.text(c), default: dflt, pos: this.pos(c.from) }
        if (star) kwonly.push(p)
        else args.push(p)
        continue
      }
      if (c.name === '/') continue
      throw this.unsupported(`this parameter form`, c)
    }
    return { args, vararg, kwonlyargs: kwonly, kwarg }
  }

  private funcDef(n: Node, k: Node[], decorators: A.Expr[], pos: A.Pos): A.Stmt {
    if (k[0].name === 'async') throw this.unsupported("'async def'", n)
    const name = this.text(k[1])
    const plist = k.find((c) => c.name === 'ParamList') ?? null
    const body = k.find((c) => c.name === 'Body')!
    return { kind: 'FunctionDef', name, args: this.params(plist), body: this.body(body), decorators, pos }
  }

  private classDef(k: Node[], decorators: A.Expr[], pos: A.Pos): A.Stmt {
    const name = this.text(k[1])
    const argList = k.find((c) => c.name === 'ArgList')
    const { args, keywords } = argList ? this.callArgs(argList) : { args: [], keywords: [] }
    const body = k.find((c) => c.name === 'Body')!
    return { kind: 'ClassDef', name, bases: args, keywords, body: this.body(body), decorators, pos }
  }

  private withStmt(k: Node[], pos: A.Pos): A.Stmt {
    const bodyNode = k.find((c) => c.name === 'Body')!
    const items: A.WithItem[] = []
    const inner = k.slice(1, k.indexOf(bodyNode))
    for (const g of this.splitCommas(inner)) {
      const asAt = g.findIndex((c) => c.name === 'as')
      if (asAt < 0) items.push({ contextExpr: this.exprList(g), optionalVars: null })
      else items.push({ contextExpr: this.exprList(g.slice(0, asAt)), optionalVars: this.target(this.exprList(g.slice(asAt + 1))) })
    }
    return { kind: 'With', items, body: this.body(bodyNode), pos }
  }

  private tryStmt(k: Node[], pos: A.Pos): A.Stmt {
    let body: A.Stmt[] = []
    const handlers: A.ExceptHandler[] = []
    let orelse: A.Stmt[] = []
    let finalbody: A.Stmt[] = []
    for (let i = 0; i < k.length; i++) {
      const c = k[i]
      if (c.name === 'try') { body = this.body(k[++i]); continue }
      if (c.name === 'except') {
        const hpos = this.pos(c.from)
        let j = i + 1
        const parts: Node[] = []
        while (k[j].name !== 'Body') parts.push(k[j++])
        const asAt = parts.findIndex((p) => p.name === 'as')
        const typeNodes = asAt < 0 ? parts : parts.slice(0, asAt)
        if (typeNodes.length && typeNodes[0].name === '*') throw this.unsupported("'except*'", typeNodes[0])
        handlers.push({
          type: typeNodes.length ? this.exprList(typeNodes) : null,
          name: asAt < 0 ? null : this.text(parts[asAt + 1]),
          body: this.body(k[j]),
          pos: hpos,
        })
        i = j
        continue
      }
      if (c.name === 'else') { orelse = this.body(k[++i]); continue }
      if (c.name === 'finally') { finalbody = this.body(k[++i]); continue }
    }
    if (handlers.length === 0 && finalbody.length === 0) throw this.error("expected 'except' or 'finally' block", k[k.length - 1].to)
    return { kind: 'Try', body, handlers, orelse, finalbody, pos }
  }

  private importStmt(n: Node, k: Node[], pos: A.Pos): A.Stmt {
    if (k[0].name === 'from') {
      const importAt = k.findIndex((c) => c.name === 'import')
      const modParts = k.slice(1, importAt)
      if (modParts.length && modParts[0].name === '.') throw this.unsupported('relative import', n)
      const module = modParts.map((c) => this.text(c)).join('')
      const rest = k.slice(importAt + 1).filter((c) => c.name !== '(' && c.name !== ')')
      if (rest.length === 1 && rest[0].name === '*') return { kind: 'ImportFrom', module, names: [{ name: '*', asname: null, pos: this.pos(rest[0].from) }], pos }
      const names = this.splitCommas(rest).map((g) => ({
        name: this.text(g[0]),
        asname: g[1]?.name === 'as' ? this.text(g[2]) : null,
        pos: this.pos(g[0].from),
      }))
      return { kind: 'ImportFrom', module, names, pos }
    }
    const names = this.splitCommas(k.slice(1)).map((g) => {
      const asAt = g.findIndex((c) => c.name === 'as')
      const dotted = (asAt < 0 ? g : g.slice(0, asAt)).map((c) => this.text(c)).join('')
      return { name: dotted, asname: asAt < 0 ? null : this.text(g[asAt + 1]), pos: this.pos(g[0].from) }
    })
    return { kind: 'Import', names, pos }
  }

  private splitCommas(nodes: Node[]): Node[][] {
    const out: Node[][] = [[]]
    for (const c of nodes) {
      if (c.name === ',') out.push([])
      else out[out.length - 1].push(c)
    }
    return out.filter((g) => g.length > 0)
  }

  // ------------------------------------------------------------------ expressions

  /// A comma-separated list (with `*x` items) as one expression: a Tuple
  /// when there is a comma, else the single expression.
  exprList(nodes: Node[]): A.Expr {
    const items = this.items(nodes)
    const hasComma = nodes.some((c) => c.name === ',')
    if (!hasComma && items.length === 1 && items[0].kind !== 'Starred') return items[0]
    if (items.length === 0) throw this.error('invalid syntax', nodes[0]?.from ?? 0)
    return { kind: 'Tuple', elts: items, pos: items[0].pos }
  }

  /// Items of a comma-separated list, `*x` becoming Starred.
  items(nodes: Node[]): A.Expr[] {
    const out: A.Expr[] = []
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i]
      if (c.name === ',') continue
      if (c.name === '*') {
        out.push({ kind: 'Starred', value: this.expr(nodes[i + 1]), pos: this.pos(c.from) })
        i++
        continue
      }
      out.push(this.expr(c))
    }
    return out
  }

  expr(n: Node): A.Expr {
    const pos = this.pos(n.from)
    switch (n.name) {
      case 'VariableName': return { kind: 'Name', id: this.text(n), pos }
      case 'Number': return { kind: 'Constant', value: this.number(n), pos }
      case 'String': case 'FormatString': case 'ContinuedString': return this.strings(n, pos)
      case 'Boolean': return { kind: 'Constant', value: { type: 'bool', value: this.text(n) === 'True' }, pos }
      case 'None': return { kind: 'Constant', value: { type: 'None' }, pos }
      case 'Ellipsis': return { kind: 'Constant', value: { type: 'Ellipsis' }, pos }
      case 'ParenthesizedExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')')
        if (inner.length === 1 && inner[0].name === 'YieldExpression') return this.yieldExpr(inner[0], this.kids(inner[0]))
        return this.expr(inner[0])
      }
      case 'TupleExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')')
        return { kind: 'Tuple', elts: this.items(inner), pos }
      }
      case 'ArrayExpression': return { kind: 'List', elts: this.items(this.kids(n).slice(1, -1)), pos }
      case 'SetExpression': return { kind: 'Set', elts: this.items(this.kids(n).slice(1, -1)), pos }
      case 'DictionaryExpression': return this.dict(this.kids(n).slice(1, -1), pos)
      case 'ArrayComprehensionExpression': case 'SetComprehensionExpression': case 'ComprehensionExpression': {
        const inner = this.kids(n).slice(1, -1)
        const forAt = inner.findIndex((c) => c.name === 'for' || c.name === 'async')
        const elt = this.expr(inner[0])
        if (forAt !== 1) throw this.error('invalid syntax', inner[1]?.from ?? n.from)
        const generators = this.comprehension(inner.slice(forAt))
        const kind = n.name === 'ArrayComprehensionExpression' ? 'ListComp' : n.name === 'SetComprehensionExpression' ? 'SetComp' : 'GeneratorExp'
        return { kind, elt, generators, pos } as A.Expr
      }
      case 'DictionaryComprehensionExpression': {
        const inner = this.kids(n).slice(1, -1)
        if (inner[0].name === '**') throw this.error('dict unpacking cannot be used in dict comprehension', inner[0].from)
        return { kind: 'DictComp', key: this.expr(inner[0]), value: this.expr(inner[2]), generators: this.comprehension(inner.slice(3)), pos }
      }
      case 'MemberExpression': return this.member(n, pos)
      case 'CallExpression': {
        const k = this.kids(n)
        const { args, keywords } = this.callArgs(k[1])
        return { kind: 'Call', func: this.expr(k[0]), args, keywords, pos }
      }
      case 'UnaryExpression': {
        const k = this.kids(n)
        const op = this.text(k[0])
        if (op === 'not' && k[1].name === 'BinaryExpression' && this.boolOpOf(k[1])) return this.notLeftmost(k[1])
        return { kind: 'UnaryOp', op: op as 'not' | '-' | '+' | '~', operand: this.expr(k[1]), pos }
      }
      case 'BinaryExpression': return this.binary(n, pos)
      case 'ConditionalExpression': {
        const k = this.kids(n)
        return { kind: 'IfExp', body: this.expr(k[0]), test: this.expr(k[2]), orelse: this.expr(k[4]), pos }
      }
      case 'LambdaExpression': {
        const k = this.kids(n)
        const plist = k.find((c) => c.name === 'ParamList') ?? null
        return { kind: 'Lambda', args: this.params(plist), body: this.expr(k[k.length - 1]), pos }
      }
      case 'NamedExpression': {
        const k = this.kids(n)
        const target = this.expr(k[0])
        if (target.kind !== 'Name') throw this.error(`cannot use assignment expressions with ${describe(target)}`, k[0].from)
        return { kind: 'NamedExpr', target, value: this.expr(k[2]), pos }
      }
      case 'YieldExpression': return this.yieldExpr(n, this.kids(n))
      case 'TupleExpression_': break
    }
    if (UNSUPPORTED[n.name]) throw this.unsupported(UNSUPPORTED[n.name], n)
    throw this.unsupported(`'${this.text(n).slice(0, 20)}'`, n)
  }

  private boolOpOf(n: Node): 'and' | 'or' | null {
    const k = this.kids(n)
    const t = k.slice(1, -1).map((c) => this.text(c)).join(' ')
    return t === 'and' || t === 'or' ? t : null
  }

  /// Lezer reads `not a and b` as `not (a and b)`; Python binds `not`
  /// tighter: `(not a) and b`. Pushes the `not` down to the leftmost operand.
  private notLeftmost(n: Node): A.Expr {
    const k = this.kids(n)
    const op = this.boolOpOf(n)!
    const left = k[0]
    const l: A.Expr = left.name === 'BinaryExpression' && this.boolOpOf(left)
      ? this.notLeftmost(left)
      : { kind: 'UnaryOp', op: 'not', operand: this.expr(left), pos: this.pos(n.from) }
    const right = this.expr(k[k.length - 1])
    const values = l.kind === 'BoolOp' && l.op === op ? [...l.values, right] : [l, right]
    return { kind: 'BoolOp', op, values, pos: this.pos(n.from) }
  }

  private yieldExpr(n: Node, k: Node[]): A.Expr {
    if (k[1]?.name === 'from') throw this.unsupported("'yield from'", n)
    return { kind: 'Yield', value: k.length > 1 ? this.exprList(k.slice(1)) : null, pos: this.pos(n.from) }
  }

  private dict(inner: Node[], pos: A.Pos): A.Expr {
    const keys: (A.Expr | null)[] = []
    const values: A.Expr[] = []
    for (const g of this.splitCommas(inner)) {
      if (g[0].name === '**') { keys.push(null); values.push(this.expr(g[1])); continue }
      keys.push(this.expr(g[0]))
      values.push(this.expr(g[2]))
    }
    return { kind: 'Dict', keys, values, pos }
  }

  private comprehension(nodes: Node[]): A.Comprehension[] {
    const out: { target: A.Expr; iter: A.Expr; ifs: A.Expr[] }[] = []
    let i = 0
    while (i < nodes.length) {
      const c = nodes[i]
      if (c.name === 'async') throw this.unsupported("'async for'", c)
      if (c.name === 'for') {
        const inAt = nodes.findIndex((x, j) => j > i && x.name === 'in')
        let end = inAt + 1
        while (end < nodes.length && nodes[end].name !== 'for' && nodes[end].name !== 'if') end++
        out.push({ target: this.target(this.exprList(nodes.slice(i + 1, inAt))), iter: this.exprList(nodes.slice(inAt + 1, end)), ifs: [] })
        i = end
        continue
      }
      if (c.name === 'if') {
        let end = i + 1
        while (end < nodes.length && nodes[end].name !== 'for' && nodes[end].name !== 'if') end++
        out[out.length - 1].ifs.push(this.exprList(nodes.slice(i + 1, end)))
        i = end
        continue
      }
      throw this.error('invalid syntax', c.from)
    }
    return out
  }

  private member(n: Node, pos: A.Pos): A.Expr {
    const k = this.kids(n)
    const value = this.expr(k[0])
    if (k[1].name === '.') return { kind: 'Attribute', value, attr: this.text(k[2]), pos }
    // subscript: [ ... ] with slices and commas
    const inner = k.slice(2, -1)
    const groups = this.splitCommasKeep(inner)
    const parts = groups.map((g) => this.subscriptPart(g))
    const index = groups.length === 1 && !inner.some((c) => c.name === ',') ? parts[0] : { kind: 'Tuple' as const, elts: parts, pos: parts[0]?.pos ?? pos }
    return { kind: 'Subscript', value, index, pos }
  }

  private splitCommasKeep(nodes: Node[]): Node[][] {
    const out: Node[][] = [[]]
    for (const c of nodes) {
      if (c.name === ',') out.push([])
      else out[out.length - 1].push(c)
    }
    if (out.length > 1 && out[out.length - 1].length === 0) out.pop()
    return out
  }

  private subscriptPart(g: Node[]): A.Expr {
    if (!g.some((c) => c.name === ':')) return this.exprList(g)
    const slots: (A.Expr | null)[] = [null, null, null]
    let slot = 0
    for (const c of g) {
      if (c.name === ':') { slot++; continue }
      slots[slot] = this.expr(c)
    }
    return { kind: 'Slice', lower: slots[0], upper: slots[1], step: slots[2], pos: this.pos(g[0].from) }
  }

  private callArgs(argList: Node): { args: A.Expr[]; keywords: A.Keyword[] } {
    const inner = this.kids(argList).filter((c) => c.name !== '(' && c.name !== ')')
    const args: A.Expr[] = []
    const keywords: A.Keyword[] = []
    // a lone generator argument: f(x for x in y)
    const forAt = inner.findIndex((c) => c.name === 'for')
    if (forAt > 0 && !inner.slice(0, forAt).some((c) => c.name === ',')) {
      const elt = this.expr(inner[0])
      return { args: [{ kind: 'GeneratorExp', elt, generators: this.comprehension(inner.slice(forAt)), pos: elt.pos }], keywords }
    }
    for (const g of this.splitCommas(inner)) {
      const p = this.pos(g[0].from)
      if (g[0].name === '**') { keywords.push({ name: null, value: this.expr(g[1]), pos: p }); continue }
      if (g[0].name === '*') { args.push({ kind: 'Starred', value: this.expr(g[1]), pos: p }); continue }
      if (g[1]?.name === 'AssignOp') {
        if (g[0].name !== 'VariableName') throw this.error('expression cannot contain assignment, perhaps you meant "=="?', g[0].from)
        keywords.push({ name: this.text(g[0]), value: this.expr(g[2]), pos: p })
        continue
      }
      if (keywords.length > 0) {
        throw this.error(keywords.some((kw) => kw.name === null) ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', g[0].from)
      }
      args.push(this.exprList(g))
    }
    return { args, keywords }
  }

  private binary(n: Node, pos: A.Pos): A.Expr {
    const k = this.kids(n)
    const left = k[0]
    const opNodes = k.slice(1, -1)
    const right = this.expr(k[k.length - 1])
    const opText = opNodes.map((c) => this.text(c)).join(' ')
    if (opText === 'and' || opText === 'or') {
      const l = this.expr(left)
      const values = l.kind === 'BoolOp' && l.op === opText && left.name === 'BinaryExpression' ? [...l.values, right] : [l, right]
      return { kind: 'BoolOp', op: opText, values, pos }
    }
    const cmp = CMP_OPS.has(opText) || opText === 'in' || opText === 'not in' || opText === 'is' || opText === 'is not'
    if (cmp) {
      if (opText === '<>') throw this.error('invalid syntax', opNodes[0].from)
      const l = this.expr(left)
      if (l.kind === 'Compare' && left.name === 'BinaryExpression') {
        return { kind: 'Compare', left: l.left, ops: [...l.ops, opText as A.CmpOperator], comparators: [...l.comparators, right], pos }
      }
      return { kind: 'Compare', left: l, ops: [opText as A.CmpOperator], comparators: [right], pos }
    }
    if (BIN_OPS.has(opText)) return { kind: 'BinOp', op: opText as A.BinOperator, left: this.expr(left), right, pos }
    throw this.error('invalid syntax', opNodes[0]?.from ?? n.from)
  }

  // ------------------------------------------------------------------ literals

  private number(n: Node): A.ConstValue {
    const raw = this.text(n)
    const t = raw.replace(/_/g, '')
    if (/[jJ]$/.test(t)) return { type: 'complex', imag: Number(t.slice(0, -1)) }
    if (/^0[xX]/.test(t)) return { type: 'int', value: BigInt(t) }
    if (/^0[oO]/.test(t)) return { type: 'int', value: BigInt('0o' + t.slice(2)) }
    if (/^0[bB]/.test(t)) return { type: 'int', value: BigInt('0b' + t.slice(2)) }
    if (/^\d+$/.test(t)) {
      if (/^0\d/.test(t) && !/^0+$/.test(t)) throw this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', n.from)
      return { type: 'int', value: BigInt(t) }
    }
    return { type: 'float', value: Number(t) }
  }

  /// String, FormatString or ContinuedString (adjacent literals joined).
  private strings(n: Node, pos: A.Pos): A.Expr {
    const pieces = n.name === 'ContinuedString' ? this.kids(n) : [n]
    const parts: A.FStringPart[] = []
    let isF = false
    let isBytes = false
    for (const p of pieces) {
      const { prefix } = splitLiteral(this.text(p))
      if (prefix.includes('b')) isBytes = true
      if (prefix.includes('f')) isF = true
      parts.push(...this.literalParts(p))
    }
    if (isBytes) throw this.unsupported('bytes', n)
    if (!isF) return { kind: 'Constant', value: { type: 'str', value: parts.map((p) => (p.kind === 'text' ? p.value : '')).join('') }, pos }
    return { kind: 'JoinedStr', parts: mergeText(parts), pos }
  }

  /// The parts of one literal: plain text, or f-string text and fields.
  private literalParts(p: Node): A.FStringPart[] {
    const full = this.text(p)
    const { prefix, bodyStart } = splitLiteral(full)
    const raw = prefix.includes('r')
    const quoteLen = full.length - bodyStart - (full.length - bodyStart - splitLiteral(full).body.length)
    void quoteLen
    const bodyFrom = p.from + bodyStart
    const bodyTo = p.to - (full.length - bodyStart - splitLiteral(full).body.length)
    const decode = (s: string): string => (raw ? s : unescape(s))
    if (!prefix.includes('f')) return [{ kind: 'text', value: decode(this.src.slice(bodyFrom, bodyTo)) }]
    return this.fstringParts(p, bodyFrom, bodyTo, decode)
  }

  private fstringParts(p: Node, from: number, to: number, decode: (s: string) => string): A.FStringPart[] {
    const out: A.FStringPart[] = []
    let cursor = from
    const text = (a: number, b: number): void => {
      if (b > a) out.push({ kind: 'text', value: decode(this.src.slice(a, b).replace(/\{\{/g, '{').replace(/\}\}/g, '}')) })
    }
    for (const r of this.kids(p).filter((c) => c.name === 'FormatReplacement')) {
      text(cursor, r.from)
      out.push(this.field(r))
      cursor = r.to
    }
    text(cursor, to)
    return out
  }

  private field(r: Node): A.FStringPart {
    const k = this.kids(r)
    const exprNodes = k.filter((c) => !['{', '}', 'FormatConversion', 'FormatSpec', 'FormatSelfDoc'].includes(c.name))
    if (exprNodes.length === 0) throw this.error("f-string: empty expression not allowed", r.from)
    const value = this.exprList(exprNodes)
    const convNode = k.find((c) => c.name === 'FormatConversion')
    const specNode = k.find((c) => c.name === 'FormatSpec')
    const selfDocNode = k.find((c) => c.name === 'FormatSelfDoc')
    let conversion = convNode ? (this.text(convNode).slice(1) as 's' | 'r' | 'a') : null
    if (conversion !== null && !['s', 'r', 'a'].includes(conversion)) throw this.error(`f-string: invalid conversion character '${conversion}': expected 's', 'r', or 'a'`, convNode!.from)
    let formatSpec: A.FStringPart[] | null = null
    if (specNode) {
      const specFrom = specNode.from + 1
      const inner = this.kids(specNode).filter((c) => c.name === 'FormatReplacement')
      const parts: A.FStringPart[] = []
      let cur = specFrom
      for (const x of inner) {
        if (x.from > cur) parts.push({ kind: 'text', value: this.src.slice(cur, x.from) })
        parts.push(this.field(x))
        cur = x.to
      }
      if (specNode.to > cur) parts.push({ kind: 'text', value: this.src.slice(cur, specNode.to) })
      formatSpec = parts
    }
    let selfDoc: string | null = null
    if (selfDocNode) {
      // the text up to '=' and the spaces after it, as written
      let end = selfDocNode.to
      while (end < r.to && (this.src[end] === ' ' || this.src[end] === '\t')) end++
      selfDoc = this.src.slice(r.from + 1, end)
      if (conversion === null && formatSpec === null) conversion = 'r'
    }
    return { kind: 'field', value, conversion, formatSpec, selfDoc }
  }
}

function mergeText(parts: A.FStringPart[]): A.FStringPart[] {
  const out: A.FStringPart[] = []
  for (const p of parts) {
    const last = out[out.length - 1]
    if (p.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', value: last.value + p.value }
    else if (!(p.kind === 'text' && p.value === '')) out.push(p)
  }
  return out
}

function describe(e: A.Expr): string {
  switch (e.kind) {
    case 'BinOp': case 'UnaryOp': return 'expression'
    case 'BoolOp': return 'expression'
    case 'Compare': return 'comparison'
    case 'Lambda': return 'lambda'
    case 'IfExp': return 'conditional expression'
    case 'JoinedStr': return 'f-string expression'
    case 'Dict': return 'dict literal'
    case 'Set': return 'set display'
    case 'ListComp': return 'list comprehension'
    case 'SetComp': return 'set comprehension'
    case 'DictComp': return 'dict comprehension'
    case 'GeneratorExp': return 'generator expression'
    case 'Yield': return 'yield expression'
    case 'NamedExpr': return 'named expression'
  }
  return 'expression'
}
