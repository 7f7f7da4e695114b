/// A readable listing of a code object and the code objects nested in it,
/// for tests and debugging (never on a hot path).

import { Op, type CodeObject, type Const } from './chunk.ts'
import { JUMP_OPS } from './assembler.ts'

/// Opcode names in chunk.ts's enum order (a const enum has no runtime names;
/// a test checks this list against chunk.ts).
export const OP_NAMES: readonly string[] = `
  POP_TOP DUP_TOP DUP_TOP_TWO ROT_TWO ROT_THREE ROT_FOUR LOAD_CONST RESUME NOP
  LOAD_FAST STORE_FAST DELETE_FAST LOAD_DEREF STORE_DEREF DELETE_DEREF LOAD_CLOSURE
  LOAD_GLOBAL STORE_GLOBAL DELETE_GLOBAL LOAD_NAME STORE_NAME DELETE_NAME LOAD_CLASSDEREF
  LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_METHOD BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BUILD_SLICE
  BINARY_OP INPLACE_OP UNARY_NEGATIVE UNARY_POSITIVE UNARY_NOT UNARY_INVERT COMPARE_OP IS_OP CONTAINS_OP
  BUILD_TUPLE BUILD_LIST BUILD_SET BUILD_MAP BUILD_STRING LIST_APPEND SET_ADD MAP_ADD LIST_EXTEND
  SET_UPDATE DICT_UPDATE DICT_MERGE LIST_TO_TUPLE FORMAT_VALUE UNPACK_SEQUENCE UNPACK_EX
  JUMP_FORWARD JUMP_BACKWARD POP_JUMP_IF_FALSE POP_JUMP_IF_TRUE JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP
  GET_ITER FOR_ITER
  MAKE_FUNCTION CALL_FUNCTION CALL_FUNCTION_KW CALL_FUNCTION_EX CALL_METHOD CALL_METHOD_KW
  RETURN_VALUE BUILD_CLASS YIELD_VALUE
  SETUP_FINALLY POP_BLOCK RAISE_VARARGS RERAISE PUSH_EXC_INFO POP_EXCEPT CHECK_EXC_MATCH
  LOAD_ASSERTION_ERROR BEFORE_WITH WITH_EXCEPT_START
  IMPORT_NAME IMPORT_FROM IMPORT_STAR
  PUSH_NULL
`.trim().split(/\s+/)

const BINARY_NAMES = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
const COMPARE_NAMES = ['<', '<=', '==', '!=', '>', '>=']

const NAME_OPS = new Set<Op>([
  Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME,
  Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_METHOD, Op.IMPORT_NAME, Op.IMPORT_FROM,
])
const FAST_OPS = new Set<Op>([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST])
const DEREF_OPS = new Set<Op>([Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF])

/// The name of an opcode.
export function opName(op: Op): string {
  return OP_NAMES[op] ?? `OP_${op}`
}

/// A constant written as Python would show it.
export function constRepr(c: Const): string {
  switch (c.kind) {
    case 'int': return c.value.toString()
    case 'float': return Number.isInteger(c.value) && Math.abs(c.value) < 1e16 ? c.value.toFixed(1) : String(c.value)
    case 'str': return JSON.stringify(c.value).replace(/^"|"$/g, "'")
    case 'bool': return c.value ? 'True' : 'False'
    case 'None': return 'None'
    case 'Ellipsis': return 'Ellipsis'
    case 'tuple': return `(${c.items.map(constRepr).join(', ')}${c.items.length === 1 ? ',' : ''})`
    case 'code': return `<code ${c.code.qualname}>`
  }
}

function hint(code: CodeObject, op: Op, arg: number): string {
  if (op === Op.LOAD_CONST) return constRepr(code.consts[arg])
  if (NAME_OPS.has(op)) return code.names[arg]
  if (FAST_OPS.has(op)) return code.varnames[arg]
  if (DEREF_OPS.has(op)) return [...code.cellvars, ...code.freevars][arg]
  if (JUMP_OPS.has(op)) return op === Op.PUSH_EXC_INFO && arg === 0 ? '' : `to ${arg}`
  if (op === Op.BINARY_OP || op === Op.INPLACE_OP) return BINARY_NAMES[arg] + (op === Op.INPLACE_OP ? '=' : '')
  if (op === Op.COMPARE_OP) return COMPARE_NAMES[arg]
  if (op === Op.IS_OP) return arg ? 'is not' : 'is'
  if (op === Op.CONTAINS_OP) return arg ? 'not in' : 'in'
  if (op === Op.UNPACK_EX) return `${arg & 0xff} before, ${arg >> 8} after`
  return ''
}

/// One line per instruction (word index, line, opcode, argument, hint),
/// then the nested code objects in constant order.
export function disassemble(code: CodeObject): string {
  const out: string[] = [
    `code ${code.qualname} (${code.filename}:${code.firstLine}) flags=${code.flags} args=${code.argcount}+${code.kwonlyargcount}kw stack=${code.maxStack} blocks=${code.maxBlocks}`,
  ]
  if (code.varnames.length) out.push(`  varnames: ${code.varnames.join(', ')}`)
  if (code.cellvars.length) out.push(`  cellvars: ${code.cellvars.join(', ')} (cell2arg ${code.cell2arg.join(', ')})`)
  if (code.freevars.length) out.push(`  freevars: ${code.freevars.join(', ')}`)
  for (let i = 0; i < code.code.length; i += 2) {
    const op = code.code[i] as Op, arg = code.code[i + 1]
    const h = hint(code, op, arg)
    out.push(`${String(i).padStart(5)} ${String(code.lines[i >> 1]).padStart(4)} ${opName(op).padEnd(21)} ${String(arg).padStart(3)}${h ? ' (' + h + ')' : ''}`)
  }
  for (const c of code.consts) if (c.kind === 'code') out.push('', disassemble(c.code))
  return out.join('\n')
}
