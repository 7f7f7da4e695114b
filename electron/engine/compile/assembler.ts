/// Emitting one code object's instructions: labels and their patch list,
/// the constant and name pools, the line table, and the flow analysis that
/// finds the deepest operand stack and block stack.

import { Op, type Const } from './chunk.ts'

/// A jump target; its address is known once placed.
export class Label {
  at = -1
  /// Jumps emitted to it so far.
  refs = 0
}

/// Instructions whose argument is a jump target.
export const JUMP_OPS: ReadonlySet<Op> = new Set<Op>([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SETUP_FINALLY, Op.PUSH_EXC_INFO,
])

/// Instructions after which execution never falls through.
const TERMINAL: ReadonlySet<Op> = new Set<Op>([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD])

/// Net operand-stack effect of an instruction when it falls through
/// (`jump` false) or takes its jump (`jump` true), per chunk.ts.
export function stackEffect(op: Op, arg: number, jump = false): number {
  switch (op) {
    case Op.POP_TOP: return -1
    case Op.DUP_TOP: return 1
    case Op.DUP_TOP_TWO: return 2
    case Op.ROT_TWO: case Op.ROT_THREE: case Op.ROT_FOUR: case Op.RESUME: case Op.NOP: return 0
    case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_GLOBAL:
    case Op.LOAD_NAME: case Op.LOAD_CLASSDEREF: case Op.LOAD_ASSERTION_ERROR: case Op.PUSH_NULL:
      return 1
    case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL: case Op.STORE_NAME: return -1
    case Op.DELETE_FAST: case Op.DELETE_DEREF: case Op.DELETE_GLOBAL: case Op.DELETE_NAME: return 0
    case Op.LOAD_ATTR: return 0
    case Op.STORE_ATTR: return -2
    case Op.DELETE_ATTR: return -1
    case Op.LOAD_METHOD: return 1
    case Op.BINARY_SUBSCR: return -1
    case Op.STORE_SUBSCR: return -3
    case Op.DELETE_SUBSCR: return -2
    case Op.BUILD_SLICE: return 1 - arg
    case Op.BINARY_OP: case Op.INPLACE_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: return -1
    case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: return 0
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg
    case Op.BUILD_MAP: return 1 - 2 * arg
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE:
      return -1
    case Op.MAP_ADD: return -2
    case Op.LIST_TO_TUPLE: return 0
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0
    case Op.UNPACK_SEQUENCE: return arg - 1
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8)
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: return 0
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: return -1
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1
    case Op.GET_ITER: return 0
    case Op.FOR_ITER: return jump ? -1 : 1
    case Op.MAKE_FUNCTION: return -1 - ((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1))
    case Op.CALL_FUNCTION: return -arg
    case Op.CALL_FUNCTION_KW: return -arg - 1
    case Op.CALL_FUNCTION_EX: return -1 - (arg & 1)
    case Op.CALL_METHOD: return -arg - 1
    case Op.CALL_METHOD_KW: return -arg - 2
    case Op.RETURN_VALUE: return -1
    case Op.BUILD_CLASS: return -arg - 1
    case Op.YIELD_VALUE: return 0
    // the handler starts with the exception pushed on the stack as it was at the SETUP
    case Op.SETUP_FINALLY: return jump ? 1 : 0
    case Op.POP_BLOCK: return 0
    case Op.RAISE_VARARGS: return -arg
    case Op.RERAISE: return -1
    // `exc -> prev exc`; the cleanup gets `prev newexc`, the same depth
    case Op.PUSH_EXC_INFO: return 1
    case Op.POP_EXCEPT: return -1
    case Op.CHECK_EXC_MATCH: return 0
    case Op.BEFORE_WITH: return 1
    case Op.WITH_EXCEPT_START: return 1
    case Op.IMPORT_NAME: return 1
    case Op.IMPORT_FROM: return 1
    case Op.IMPORT_STAR: return -1
  }
  throw new Error(`internal compiler error: no stack effect for opcode ${op}`)
}

/// Change of the runtime block stack when an instruction falls through or jumps.
function blockEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    // the handler block is popped when the exception arrives
    case Op.SETUP_FINALLY: return jump ? 0 : 1
    case Op.PUSH_EXC_INFO: return arg !== 0 && !jump ? 1 : 0
    case Op.POP_BLOCK: return -1
  }
  return 0
}

/// Collects one code object's instructions.
export class Assembler {
  readonly code: number[] = []
  readonly lines: number[] = []
  readonly consts: Const[] = []
  readonly names: string[] = []
  private readonly constIndex = new Map<string, number>()
  private readonly patches: { at: number; label: Label }[] = []
  private readonly placed: Label[] = []
  /// The line given to the next instructions.
  line = 1

  emit(op: Op, arg = 0): number {
    const at = this.code.length
    this.code.push(op, arg)
    this.lines.push(this.line)
    return at
  }

  /// Emits a jump; its argument is patched when the assembly finishes.
  jump(op: Op, label: Label): void {
    const at = this.emit(op, 0)
    label.refs++
    this.patches.push({ at: at + 1, label })
  }

  /// An unconditional jump: backward (a GIL switch point) if the label is already placed.
  jumpTo(label: Label): void {
    this.jump(label.at >= 0 ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD, label)
  }

  place(label: Label): void {
    if (label.at >= 0) throw new Error('internal compiler error: label placed twice')
    label.at = this.code.length
    this.placed.push(label)
  }

  /// Whether execution can reach the current end (so a function needs its implicit `return None`).
  endReachable(): boolean {
    const n = this.code.length
    if (n === 0 || !TERMINAL.has(this.code[n - 2] as Op)) return true
    return this.placed.some((l) => l.at === n && l.refs > 0)
  }

  const(c: Const): number {
    const key = constKey(c)
    if (key !== null) {
      const i = this.constIndex.get(key)
      if (i !== undefined) return i
      this.constIndex.set(key, this.consts.length)
    }
    this.consts.push(c)
    return this.consts.length - 1
  }

  name(n: string): number {
    let i = this.names.indexOf(n)
    if (i < 0) {
      i = this.names.length
      this.names.push(n)
    }
    return i
  }

  /// Resolves jumps and finds the stack and block depths.
  finish(): { code: Int32Array; lines: Int32Array; maxStack: number; maxBlocks: number } {
    for (const p of this.patches) {
      if (p.label.at < 0) throw new Error('internal compiler error: unplaced label')
      this.code[p.at] = p.label.at
    }
    const code = Int32Array.from(this.code)
    return { code, lines: Int32Array.from(this.lines), ...analyzeFlow(code) }
  }
}

/// Equal constants share a slot; code objects never do.
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
      return parts.every((p) => p !== null) ? `t${parts.length}(${parts.join('\u0000')})` : null
    }
    case 'code': return null
  }
}

/// Walks every reachable path: the operand stack depth and the block stack
/// depth must never go negative and must agree wherever paths meet, and
/// nothing may return with a block still pushed. Throws on a violation
/// (a compiler bug); returns the maxima.
export function analyzeFlow(code: Int32Array): { maxStack: number; maxBlocks: number } {
  const n = code.length
  const depth = new Int32Array(n).fill(-1)
  const blocks = new Int32Array(n).fill(-1)
  let maxStack = 0, maxBlocks = 0
  const work: number[] = []
  const reach = (at: number, d: number, b: number, from: number): void => {
    if (at < 0 || at >= n || at % 2) throw new Error(`internal compiler error: bad jump target ${at} at ${from}`)
    if (d < 0) throw new Error(`internal compiler error: stack underflow at ${from}`)
    if (b < 0) throw new Error(`internal compiler error: block stack underflow at ${from}`)
    if (depth[at] < 0) {
      depth[at] = d
      blocks[at] = b
      maxStack = Math.max(maxStack, d)
      maxBlocks = Math.max(maxBlocks, b)
      work.push(at)
    } else if (depth[at] !== d || blocks[at] !== b) {
      throw new Error(`internal compiler error: paths meet at ${at} with stack ${depth[at]}/${d}, blocks ${blocks[at]}/${b} (from ${from})`)
    }
  }
  if (n > 0) reach(0, 0, 0, 0)
  while (work.length) {
    const at = work.pop()!
    const op = code[at] as Op, arg = code[at + 1]
    const d = depth[at], b = blocks[at]
    if (op === Op.RETURN_VALUE && b !== 0) throw new Error(`internal compiler error: return with ${b} block(s) pushed at ${at}`)
    if (JUMP_OPS.has(op) && !(op === Op.PUSH_EXC_INFO && arg === 0)) {
      reach(arg, d + stackEffect(op, arg, true), b + blockEffect(op, arg, true), at)
    }
    if (!TERMINAL.has(op)) {
      const next = d + stackEffect(op, arg, false)
      if (next < 0) throw new Error(`internal compiler error: stack underflow at ${at}`)
      if (at + 2 < n) reach(at + 2, next, b + blockEffect(op, arg, false), at)
      else throw new Error(`internal compiler error: execution falls off the end at ${at}`)
    } else if (d + stackEffect(op, arg, false) < 0) {
      throw new Error(`internal compiler error: stack underflow at ${at}`)
    }
  }
  return { maxStack, maxBlocks }
}
