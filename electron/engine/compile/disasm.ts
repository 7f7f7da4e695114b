/// A readable listing of a code object and the code objects nested in it.

import { Op, type CodeObject } from './chunk.ts'

const OP_NAMES: string[] = []
{
  // const enums have no runtime names: recover them from the source order
  const names = `POP_TOP DUP_TOP DUP_TOP_TWO ROT_TWO ROT_THREE ROT_FOUR LOAD_CONST RESUME NOP LOAD_FAST STORE_FAST DELETE_FAST
  LOAD_DEREF STORE_DEREF DELETE_DEREF LOAD_CLOSURE LOAD_GLOBAL STORE_GLOBAL DELETE_GLOBAL LOAD_NAME STORE_NAME DELETE_NAME
  LOAD_CLASSDEREF LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_METHOD BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BUILD_SLICE
  BINARY_OP INPLACE_OP UNARY_NEGATIVE UNARY_POSITIVE UNARY_NOT UNARY_INVERT COMPARE_OP IS_OP CONTAINS_OP BUILD_TUPLE
  BUILD_LIST BUILD_SET BUILD_MAP BUILD_STRING LIST_APPEND SET_ADD MAP_ADD LIST_EXTEND SET_UPDATE DICT_UPDATE DICT_MERGE
  LIST_TO_TUPLE FORMAT_VALUE UNPACK_SEQUENCE UNPACK_EX JUMP_FORWARD JUMP_BACKWARD POP_JUMP_IF_FALSE POP_JUMP_IF_TRUE
  JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP GET_ITER FOR_ITER MAKE_FUNCTION CALL_FUNCTION CALL_FUNCTION_KW
  CALL_FUNCTION_EX CALL_METHOD CALL_METHOD_KW RETURN_VALUE BUILD_CLASS YIELD_VALUE SETUP_FINALLY POP_BLOCK
  RAISE_VARARGS RERAISE PUSH_EXC_INFO POP_EXCEPT CHECK_EXC_MATCH LOAD_ASSERTION_ERROR BEFORE_WITH WITH_EXCEPT_START
  IMPORT_NAME IMPORT_FROM IMPORT_STAR PUSH_NULL`.split(/\s+/)
  names.forEach((n, i) => { OP_NAMES[i] = n })
}

/// The name of an opcode.
export function opName(op: Op): string {
  return OP_NAMES[op] ?? `OP_${op}`
}

/// One line per instruction, then the nested code objects.
export function disassemble(code: CodeObject): string {
  const out: string[] = [`code ${code.qualname} (${code.filename}:${code.firstLine}) stack=${code.maxStack} blocks=${code.maxBlocks}`]
  for (let i = 0; i < code.code.length; i += 2) {
    const op = code.code[i] as Op, arg = code.code[i + 1]
    let hint = ''
    if (op === Op.LOAD_CONST) {
      const c = code.consts[arg]
      hint = c.kind === 'code' ? `<code ${c.code.qualname}>` : JSON.stringify(c, (_, v) => (typeof v === 'bigint' ? v.toString() : v))
    } else if ([Op.LOAD_NAME, Op.STORE_NAME, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.DELETE_NAME, Op.DELETE_GLOBAL, Op.DELETE_ATTR].includes(op)) {
      hint = code.names[arg]
    } else if ([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST].includes(op)) {
      hint = code.varnames[arg]
    } else if ([Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF, Op.DELETE_DEREF].includes(op)) {
      hint = [...code.cellvars, ...code.freevars][arg]
    }
    out.push(`${String(i).padStart(5)} ${String(code.lines[i >> 1]).padStart(4)} ${opName(op).padEnd(22)} ${arg} ${hint}`)
  }
  for (const c of code.consts) if (c.kind === 'code') out.push('', disassemble(c.code))
  return out.join('\n')
}
