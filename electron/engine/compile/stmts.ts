/// Statement code generation: assignments, control flow, try/except/finally,
/// with, imports. The block shapes are the ones chunk.ts's VM expects; early
/// exits (break, continue, return) undo the blocks they leave the way
/// CPython's compiler_unwind_fblock does.

import type * as A from '../front/ast.ts'
import { Op, type Const } from './chunk.ts'
import { Label } from './assembler.ts'
import { ExprGen } from './exprs.ts'

/// A compile-time block: what leaving it early must undo.
type FBlock =
  | { kind: 'while' | 'for'; head: Label; exit: Label }
  /// The body of a try with except clauses: one handler block pushed.
  | { kind: 'try-except' }
  /// The body of a try with a finally clause: pop its block, run the finally.
  | { kind: 'finally-try'; finalbody: A.Stmt[] }
  /// The finally body on the exception path: stack `.. prev exc`, a cleanup block pushed.
  | { kind: 'finally-end' }
  /// A with body: `exit` below, one block pushed.
  | { kind: 'with'; line: number }
  /// Between PUSH_EXC_INFO and a handler body: nothing to undo (counted for the nesting limit, as CPython).
  | { kind: 'handler' }
  /// An except body: stack `.. prev`, the cleanup block (and, when named, the name-clearing block) pushed.
  | { kind: 'handler-cleanup'; name: string | null }
  /// A return value kept on the stack while a finally body is inlined.
  | { kind: 'pop-value' }

/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS = 20

const NONE: Const = { kind: 'None' }

/// Statements for one code object.
export abstract class StmtGen extends ExprGen {
  private fblocks: FBlock[] = []

  protected abstract functionDef(s: A.Stmt & { kind: 'FunctionDef' }): void
  protected abstract classDef(s: A.Stmt & { kind: 'ClassDef' }): void

  stmts(list: A.Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  stmt(s: A.Stmt): void {
    const a = this.a
    if (s.pos.line > 0) a.line = s.pos.line
    switch (s.kind) {
      case 'Expr':
        // a bare constant (a docstring, `...`) computes nothing; the NOP keeps its line
        if (s.value.kind === 'Constant') {
          a.emit(Op.NOP)
          return
        }
        this.expr(s.value)
        a.emit(Op.POP_TOP)
        return
      case 'Assign':
        this.expr(s.value)
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) a.emit(Op.DUP_TOP)
          this.store(t)
        })
        return
      case 'AugAssign': return this.augAssign(s)
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value)
          this.store(s.target)
        }
        return
      case 'Pass': a.emit(Op.NOP); return
      case 'If': {
        const orelse = new Label(), end = new Label()
        this.jumpIf(s.test, false, orelse)
        this.stmts(s.body)
        if (s.orelse.length) a.jump(Op.JUMP_FORWARD, end)
        a.place(orelse)
        this.stmts(s.orelse)
        a.place(end)
        return
      }
      case 'While': return this.whileStmt(s)
      case 'For': return this.forStmt(s)
      case 'Break': case 'Continue': return this.loopExit(s)
      case 'Return': return this.returnStmt(s)
      case 'FunctionDef': return this.functionDef(s)
      case 'ClassDef': return this.classDef(s)
      case 'With': return this.withStmt(s, 0)
      case 'Try': return s.finalbody.length ? this.tryFinally(s) : this.tryExcept(s)
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        if (s.exc && s.cause) this.expr(s.cause)
        a.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0)
        return
      case 'Assert': {
        const ok = new Label()
        this.jumpIf(s.test, true, ok)
        a.emit(Op.LOAD_ASSERTION_ERROR)
        if (s.msg) {
          this.expr(s.msg)
          a.emit(Op.CALL_FUNCTION, 1)
        }
        a.emit(Op.RAISE_VARARGS, 1)
        a.place(ok)
        return
      }
      case 'Import':
        for (const al of s.names) {
          a.line = al.pos.line || a.line
          a.emit(Op.IMPORT_NAME, a.name(al.name))
          const parts = al.name.split('.')
          if (al.asname) {
            for (const part of parts.slice(1)) a.emit(Op.LOAD_ATTR, a.name(part))
            this.nameOp(al.asname, 'store')
          } else {
            this.nameOp(parts[0], 'store')
          }
        }
        return
      case 'ImportFrom': {
        if (s.module === '' || s.module.startsWith('.')) throw this.fail('relative import is not supported in the kitchen', s.pos)
        // IMPORT_NAME pushes the top package: walk down to the named module
        const parts = s.module.split('.')
        a.emit(Op.IMPORT_NAME, a.name(s.module))
        for (const part of parts.slice(1)) a.emit(Op.LOAD_ATTR, a.name(part))
        if (s.names.length === 1 && s.names[0].name === '*') {
          if (this.scope.kind !== 'module') throw this.fail('import * only allowed at module level', s.names[0].pos)
          a.emit(Op.IMPORT_STAR)
          return
        }
        for (const al of s.names) {
          a.emit(Op.IMPORT_FROM, this.attrName(al.name))
          this.nameOp(al.asname ?? al.name, 'store')
        }
        a.emit(Op.POP_TOP)
        return
      }
      case 'Global': case 'Nonlocal': return
      case 'Delete':
        for (const t of s.targets) this.del(t)
        return
    }
  }

  private augAssign(s: A.Stmt & { kind: 'AugAssign' }): void {
    const a = this.a
    const op = this.binaryOp(s.op)
    const t = s.target
    switch (t.kind) {
      case 'Name':
        this.nameOp(t.id, 'load')
        this.expr(s.value)
        a.emit(Op.INPLACE_OP, op)
        this.nameOp(t.id, 'store')
        return
      case 'Attribute': {
        this.expr(t.value)
        a.emit(Op.DUP_TOP)
        const name = this.attrName(t.attr)
        a.emit(Op.LOAD_ATTR, name)
        this.expr(s.value)
        a.emit(Op.INPLACE_OP, op)
        a.emit(Op.ROT_TWO)
        a.emit(Op.STORE_ATTR, name)
        return
      }
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        a.emit(Op.DUP_TOP_TWO)
        a.emit(Op.BINARY_SUBSCR)
        this.expr(s.value)
        a.emit(Op.INPLACE_OP, op)
        a.emit(Op.ROT_THREE)
        a.emit(Op.STORE_SUBSCR)
        return
    }
    throw this.fail("'expression' is an illegal expression for augmented assignment", t.pos)
  }

  // ------------------------------------------------------------------ blocks

  private pushBlock(b: FBlock, pos: A.Pos): void {
    if (this.fblocks.length >= MAX_BLOCKS) throw this.fail('too many statically nested blocks', pos)
    this.fblocks.push(b)
  }

  private popBlock(): void {
    this.fblocks.pop()
  }

  /// Undoes one block for an early exit; `keepTop`: a return value sits on top and must survive.
  private unwindBlock(b: FBlock, keepTop: boolean): void {
    const a = this.a
    switch (b.kind) {
      case 'while': case 'handler': return
      case 'for':
        if (keepTop) a.emit(Op.ROT_TWO)
        a.emit(Op.POP_TOP)
        return
      case 'try-except': a.emit(Op.POP_BLOCK); return
      case 'finally-try': {
        a.emit(Op.POP_BLOCK)
        const line = a.line
        if (keepTop) this.pushBlock({ kind: 'pop-value' }, { line, col: 0 })
        this.stmts(b.finalbody)
        if (keepTop) this.popBlock()
        a.line = line
        return
      }
      case 'finally-end':
        if (keepTop) a.emit(Op.ROT_TWO)
        a.emit(Op.POP_TOP)
        if (keepTop) a.emit(Op.ROT_TWO)
        a.emit(Op.POP_BLOCK)
        a.emit(Op.POP_EXCEPT)
        return
      case 'with': {
        const line = a.line
        a.line = b.line
        a.emit(Op.POP_BLOCK)
        if (keepTop) a.emit(Op.ROT_TWO)
        this.callExitWithNones()
        a.emit(Op.POP_TOP)
        a.line = line
        return
      }
      case 'handler-cleanup':
        if (b.name !== null) a.emit(Op.POP_BLOCK)
        if (keepTop) a.emit(Op.ROT_TWO)
        a.emit(Op.POP_BLOCK)
        a.emit(Op.POP_EXCEPT)
        if (b.name !== null) this.clearName(b.name)
        return
      case 'pop-value':
        if (keepTop) a.emit(Op.ROT_TWO)
        a.emit(Op.POP_TOP)
        return
    }
  }

  /// Unwinds blocks innermost first, stopping below the innermost loop when
  /// `toLoop` (which it returns). Finally bodies inlined here run with their
  /// own block already gone, as in CPython.
  private unwindBlocks(keepTop: boolean, toLoop: boolean): FBlock | null {
    const top = this.fblocks[this.fblocks.length - 1]
    if (!top) return null
    if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top
    this.fblocks.pop()
    this.unwindBlock(top, keepTop)
    const loop = this.unwindBlocks(keepTop, toLoop)
    this.fblocks.push(top)
    return loop
  }

  private loopExit(s: A.Stmt & { kind: 'Break' | 'Continue' }): void {
    const loop = this.unwindBlocks(false, true)
    if (!loop || (loop.kind !== 'while' && loop.kind !== 'for')) {
      throw this.fail(s.kind === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s.pos)
    }
    this.a.line = s.pos.line || this.a.line
    if (s.kind === 'Continue') {
      this.a.jumpTo(loop.head)
    } else {
      this.unwindBlock(loop, false)
      this.a.jump(Op.JUMP_FORWARD, loop.exit)
    }
  }

  private returnStmt(s: A.Stmt & { kind: 'Return' }): void {
    if (this.scope.kind !== 'function') throw this.fail("'return' outside function", s.pos)
    // a constant is loaded after the unwinding, anything else evaluated before it
    const folded = s.value ? this.constOf(s.value) : NONE
    if (s.value && !folded) this.expr(s.value)
    this.unwindBlocks(!folded, false)
    this.a.line = s.pos.line || this.a.line
    if (folded) this.loadConst(folded)
    this.a.emit(Op.RETURN_VALUE)
  }

  private whileStmt(s: A.Stmt & { kind: 'While' }): void {
    const a = this.a
    const head = new Label(), orelse = new Label(), exit = new Label()
    a.place(head)
    this.pushBlock({ kind: 'while', head, exit }, s.pos)
    this.jumpIf(s.test, false, orelse)
    this.stmts(s.body)
    a.line = s.pos.line || a.line
    a.jumpTo(head)
    this.popBlock()
    a.place(orelse)
    this.stmts(s.orelse)
    a.place(exit)
  }

  private forStmt(s: A.Stmt & { kind: 'For' }): void {
    const a = this.a
    const head = new Label(), orelse = new Label(), exit = new Label()
    this.pushBlock({ kind: 'for', head, exit }, s.pos)
    this.expr(s.iter)
    a.emit(Op.GET_ITER)
    a.place(head)
    a.jump(Op.FOR_ITER, orelse)
    this.store(s.target)
    this.stmts(s.body)
    a.line = s.pos.line || a.line
    a.jumpTo(head)
    a.place(orelse)
    this.popBlock()
    this.stmts(s.orelse)
    a.place(exit)
  }

  /// The always-identical tail of a handler: restore the previous exception and re-raise.
  private cleanupTail(label: Label): void {
    this.a.place(label)
    this.a.emit(Op.ROT_TWO)
    this.a.emit(Op.POP_EXCEPT)
    this.a.emit(Op.RERAISE)
  }

  private callExitWithNones(): void {
    this.loadConst(NONE)
    this.a.emit(Op.DUP_TOP)
    this.a.emit(Op.DUP_TOP)
    this.a.emit(Op.CALL_FUNCTION, 3)
  }

  private clearName(name: string): void {
    this.loadConst(NONE)
    this.nameOp(name, 'store')
    this.nameOp(name, 'del')
  }

  private withStmt(s: A.Stmt & { kind: 'With' }, item: number): void {
    const a = this.a
    const it = s.items[item]
    const wexc = new Label(), suppress = new Label(), cleanup = new Label(), end = new Label()
    const line = s.pos.line || a.line
    a.line = line
    this.expr(it.contextExpr)
    a.emit(Op.BEFORE_WITH)
    if (it.optionalVars) this.store(it.optionalVars)
    else a.emit(Op.POP_TOP)
    a.jump(Op.SETUP_FINALLY, wexc)
    this.pushBlock({ kind: 'with', line }, s.pos)
    if (item + 1 < s.items.length) this.withStmt(s, item + 1)
    else this.stmts(s.body)
    this.popBlock()
    a.line = line
    a.emit(Op.POP_BLOCK)
    this.callExitWithNones()
    a.emit(Op.POP_TOP)
    a.jump(Op.JUMP_FORWARD, end)
    a.place(wexc)
    a.jump(Op.PUSH_EXC_INFO, cleanup)
    a.emit(Op.WITH_EXCEPT_START)
    a.jump(Op.POP_JUMP_IF_TRUE, suppress)
    a.emit(Op.RERAISE)
    a.place(suppress)
    a.emit(Op.POP_TOP)
    a.emit(Op.POP_BLOCK)
    a.emit(Op.POP_EXCEPT)
    a.emit(Op.POP_TOP)
    a.jump(Op.JUMP_FORWARD, end)
    this.cleanupTail(cleanup)
    a.place(end)
  }

  private tryFinally(s: A.Stmt & { kind: 'Try' }): void {
    const a = this.a
    const fexc = new Label(), cleanup = new Label(), end = new Label()
    a.jump(Op.SETUP_FINALLY, fexc)
    this.pushBlock({ kind: 'finally-try', finalbody: s.finalbody }, s.pos)
    if (s.handlers.length) this.tryExcept(s)
    else this.stmts(s.body)
    this.popBlock()
    a.emit(Op.POP_BLOCK)
    this.stmts(s.finalbody)
    a.jump(Op.JUMP_FORWARD, end)
    a.place(fexc)
    a.line = s.pos.line || a.line
    a.jump(Op.PUSH_EXC_INFO, cleanup)
    this.pushBlock({ kind: 'finally-end' }, s.pos)
    this.stmts(s.finalbody)
    this.popBlock()
    a.emit(Op.RERAISE)
    this.cleanupTail(cleanup)
    a.place(end)
  }

  private tryExcept(s: A.Stmt & { kind: 'Try' }): void {
    const a = this.a
    const handler = new Label(), cleanup = new Label(), end = new Label()
    a.line = s.pos.line || a.line
    a.jump(Op.SETUP_FINALLY, handler)
    this.pushBlock({ kind: 'try-except' }, s.pos)
    this.stmts(s.body)
    this.popBlock()
    a.emit(Op.POP_BLOCK)
    this.stmts(s.orelse)
    a.jump(Op.JUMP_FORWARD, end)
    a.place(handler)
    a.line = (s.handlers[0]?.pos.line || s.pos.line) || a.line
    a.jump(Op.PUSH_EXC_INFO, cleanup)
    this.pushBlock({ kind: 'handler' }, s.pos)
    s.handlers.forEach((h, i) => {
      const next = new Label()
      a.line = h.pos.line || a.line
      if (h.type) {
        this.expr(h.type)
        a.emit(Op.CHECK_EXC_MATCH)
        a.jump(Op.POP_JUMP_IF_FALSE, next)
      } else if (i < s.handlers.length - 1) {
        throw this.fail("default 'except:' must be last", h.pos)
      }
      if (h.name !== null) {
        const nameClean = new Label()
        this.nameOp(h.name, 'store')
        a.jump(Op.SETUP_FINALLY, nameClean)
        this.pushBlock({ kind: 'handler-cleanup', name: h.name }, h.pos)
        this.stmts(h.body)
        this.popBlock()
        a.emit(Op.POP_BLOCK)
        this.clearName(h.name)
        a.emit(Op.POP_BLOCK)
        a.emit(Op.POP_EXCEPT)
        a.jump(Op.JUMP_FORWARD, end)
        a.place(nameClean)
        this.clearName(h.name)
        a.emit(Op.RERAISE)
      } else {
        a.emit(Op.POP_TOP)
        this.pushBlock({ kind: 'handler-cleanup', name: null }, h.pos)
        this.stmts(h.body)
        this.popBlock()
        a.emit(Op.POP_BLOCK)
        a.emit(Op.POP_EXCEPT)
        a.jump(Op.JUMP_FORWARD, end)
      }
      a.place(next)
    })
    this.popBlock()
    a.emit(Op.RERAISE)
    this.cleanupTail(cleanup)
    a.place(end)
  }
}
