/// Emitting one code object's instructions: labels, constants, names, the
/// line table, and the stack depth found by a flow analysis.

import { Op, type Const, type CodeObject } from './chunk.ts'

/// A jump target; its address is known once placed.
export class Label {
  at = -1
}

const JUMPS = new Set<Op>([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SETUP_FINALLY, Op.PUSH_EXC_INFO,
])

/// Net stack effect of an instruction on its fall-through path.
export function stackEffect(op: Op, arg: number): number {
  switch (op) {
    case Op.POP_TOP: return -1
    case Op.DUP_TOP: return 1
    case Op.DUP_TOP_TWO: return 2
    case Op.ROT_TWO: case Op.ROT_THREE: case Op.ROT_FOUR: case Op.RESUME: case Op.NOP: return 0
    case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_GLOBAL:
    case Op.LOAD_NAME: case Op.LOAD_CLASSDEREF: case Op.LOAD_ASSERTION_ERROR: case Op.PUSH_NULL:
    case Op.IMPORT_NAME: case Op.IMPORT_FROM: case Op.LOAD_METHOD: case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START:
    case Op.PUSH_EXC_INFO:
      return 1
    case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL: case Op.STORE_NAME: case Op.DELETE_ATTR:
    case Op.BINARY_SUBSCR: case Op.BINARY_OP: case Op.INPLACE_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.RETURN_VALUE: case Op.RERAISE: case Op.POP_EXCEPT:
    case Op.IMPORT_STAR: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return -1
    case Op.DELETE_FAST: case Op.DELETE_DEREF: case Op.DELETE_GLOBAL: case Op.DELETE_NAME: case Op.LOAD_ATTR:
    case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: case Op.LIST_TO_TUPLE:
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.GET_ITER: case Op.YIELD_VALUE: case Op.SETUP_FINALLY:
    case Op.POP_BLOCK: case Op.CHECK_EXC_MATCH:
      return 0
    case Op.STORE_ATTR: case Op.MAP_ADD: case Op.DELETE_SUBSCR: return -2
    case Op.STORE_SUBSCR: return -3
    case Op.BUILD_SLICE: return -(arg - 1)
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg
    case Op.BUILD_MAP: return 1 - 2 * arg
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0
    case Op.UNPACK_SEQUENCE: return arg - 1
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8)
    case Op.FOR_ITER: return 1
    case Op.MAKE_FUNCTION: return -1 - ((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1))
    case Op.CALL_FUNCTION: return -arg
    case Op.CALL_FUNCTION_KW: return -arg - 1
    case Op.CALL_FUNCTION_EX: return -1 - (arg & 1)
    case Op.CALL_METHOD: return -arg - 1
    case Op.CALL_METHOD_KW: return -arg - 2
    case Op.BUILD_CLASS: return -arg - 1
    case Op.RAISE_VARARGS: return -arg
  }
  return 0
}

/// Stack depth at a jump's target when the jump is taken.
function jumpEffect(op: Op, arg: number): number {
  switch (op) {
    case Op.FOR_ITER: return -1
    case Op.SETUP_FINALLY: return 1
    case Op.PUSH_EXC_INFO: return 1
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return 0
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: return -1
  }
  return stackEffect(op, arg)
}

const TERMINAL = new Set<Op>([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD])

export class Assembler {
  readonly code: number[] = []
  readonly lines: number[] = []
  readonly consts: Const[] = []
  readonly names: string[] = []
  private readonly patches: { at: number; label: Label }[] = []
  line = 1
  blockDepth = 0
  maxBlocks = 0

  emit(op: Op, arg = 0): number {
    const at = this.code.length
    this.code.push(op, arg)
    this.lines.push(this.line)
    return at
  }

  jump(op: Op, label: Label): void {
    const at = this.emit(op, 0)
    this.patches.push({ at: at + 1, label })
  }

  place(label: Label): void {
    label.at = this.code.length
  }

  const(c: Const): number {
    const key = constKey(c)
    if (key !== null) {
      const i = this.consts.findIndex((x) => constKey(x) === key)
      if (i >= 0) return i
    }
    this.consts.push(c)
    return this.consts.length - 1
  }

  name(n: string): number {
    let i = this.names.indexOf(n)
    if (i < 0) { i = this.names.length; this.names.push(n) }
    return i
  }

  enterBlock(): void {
    this.blockDepth++
    this.maxBlocks = Math.max(this.maxBlocks, this.blockDepth)
  }

  exitBlock(): void {
    this.blockDepth--
  }

  /// Resolves jumps and computes the maximum stack depth.
  finish(): { code: Int32Array; lines: Int32Array; maxStack: number } {
    for (const p of this.patches) {
      if (p.label.at < 0) throw new Error('internal compiler error: unplaced label')
      this.code[p.at] = p.label.at
    }
    const code = Int32Array.from(this.code)
    return { code, lines: Int32Array.from(this.lines), maxStack: maxDepth(code) }
  }
}

function constKey(c: Const): string | null {
  switch (c.kind) {
    case 'int': return 'i' + c.value
    case 'float': return Object.is(c.value, -0) ? 'f-0' : 'f' + c.value
    case 'str': return 's' + c.value
    case 'bool': return 'b' + c.value
    case 'None': return 'N'
    case 'Ellipsis': return 'E'
    case 'tuple': {
      const parts = c.items.map(constKey)
      return parts.every((p) => p !== null) ? 't(' + parts.join(',') + ')' : null
    }
  }
  return null
}

/// The largest stack depth on any path (flow analysis over the code).
export function maxDepth(code: Int32Array): number {
  const depth = new Int32Array(code.length).fill(-1)
  const work: number[] = [0]
  depth[0] = 0
  let max = 0
  while (work.length) {
    const at = work.pop()!
    let d = depth[at]
    let i = at
    while (i < code.length) {
      const op = code[i] as Op, arg = code[i + 1]
      if (JUMPS.has(op) && !(op === Op.PUSH_EXC_INFO && arg === 0)) {
        const td = d + jumpEffect(op, arg)
        if (td < 0) throw new Error(`internal compiler error: stack underflow at ${i}`)
        max = Math.max(max, td)
        if (depth[arg] < 0) { depth[arg] = td; work.push(arg) }
      }
      d += stackEffect(op, arg)
      if (d < 0) throw new Error(`internal compiler error: stack underflow at ${i} (op ${op})`)
      max = Math.max(max, d)
      if (TERMINAL.has(op)) break
      i += 2
      if (i < code.length) {
        if (depth[i] >= 0) break
        depth[i] = d
      }
    }
  }
  return max
}

export type { CodeObject }
