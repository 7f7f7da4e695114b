/// The kitchen's own Python AST: what the parser lowers a Lezer tree to and
/// what the compiler reads. Plain data, no methods; every node carries the
/// 1-based line and 0-based column where it starts, for error messages,
/// tracebacks and the trace.

/// Where a node starts in the source.
export interface Pos {
  readonly line: number
  readonly col: number
}

export type Expr =
  | { kind: 'Name'; id: string; pos: Pos }
  | { kind: 'Constant'; value: ConstValue; pos: Pos }
  | { kind: 'JoinedStr'; parts: FStringPart[]; pos: Pos }
  | { kind: 'List'; elts: Expr[]; pos: Pos }
  | { kind: 'Tuple'; elts: Expr[]; pos: Pos }
  | { kind: 'Set'; elts: Expr[]; pos: Pos }
  | { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[]; pos: Pos } // key null: `**mapping`
  | { kind: 'Starred'; value: Expr; pos: Pos }
  | { kind: 'Attribute'; value: Expr; attr: string; pos: Pos }
  | { kind: 'Subscript'; value: Expr; index: Expr; pos: Pos }
  | { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null; pos: Pos }
  | { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[]; pos: Pos } // args may hold Starred
  | { kind: 'BinOp'; op: BinOperator; left: Expr; right: Expr; pos: Pos }
  | { kind: 'UnaryOp'; op: 'not' | '-' | '+' | '~'; operand: Expr; pos: Pos }
  | { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[]; pos: Pos }
  | { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[]; pos: Pos }
  | { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr; pos: Pos }
  | { kind: 'Lambda'; args: Arguments; body: Expr; pos: Pos }
  | { kind: 'ListComp'; elt: Expr; generators: Comprehension[]; pos: Pos }
  | { kind: 'SetComp'; elt: Expr; generators: Comprehension[]; pos: Pos }
  | { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; pos: Pos }
  | { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; pos: Pos }
  | { kind: 'NamedExpr'; target: Expr; value: Expr; pos: Pos } // `:=`, target is a Name
  | { kind: 'Yield'; value: Expr | null; pos: Pos } // makes the enclosing def a generator

/// A literal. Integers that do not fit a double exactly are bigint.
export type ConstValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' }

/// One piece of an f-string: literal text, or `{value!conversion:format_spec}`.
/// The format spec is itself a list of parts (it may contain `{…}` fields).
export type FStringPart =
  | { kind: 'text'; value: string }
  | { kind: 'field'; value: Expr; conversion: 's' | 'r' | 'a' | null; formatSpec: FStringPart[] | null; selfDoc: string | null }
// selfDoc: for `f"{x=}"` the text `x=` to print before the value, else null.

export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^'
export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not'

export interface Keyword {
  readonly name: string | null // null: `**kwargs` expansion
  readonly value: Expr
  readonly pos: Pos
}

export interface Comprehension {
  readonly target: Expr
  readonly iter: Expr
  readonly ifs: Expr[]
}

/// A function's parameters, as in CPython's `ast.arguments` (positional-only
/// parameters before `/` are folded into `args`).
export interface Arguments {
  readonly args: Param[]
  readonly vararg: Param | null
  readonly kwonlyargs: Param[]
  readonly kwarg: Param | null
}

export interface Param {
  readonly name: string
  readonly default: Expr | null
  readonly pos: Pos
}

export type Stmt =
  | { kind: 'Expr'; value: Expr; pos: Pos }
  | { kind: 'Assign'; targets: Expr[]; value: Expr; pos: Pos } // `a = b = value` has two targets
  | { kind: 'AugAssign'; target: Expr; op: BinOperator; value: Expr; pos: Pos }
  | { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; pos: Pos }
  | { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos } // elif is a nested If in orelse
  | { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos }
  | { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos }
  | { kind: 'Break'; pos: Pos }
  | { kind: 'Continue'; pos: Pos }
  | { kind: 'Pass'; pos: Pos }
  | { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; pos: Pos }
  | { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[]; pos: Pos }
  | { kind: 'Return'; value: Expr | null; pos: Pos }
  | { kind: 'With'; items: WithItem[]; body: Stmt[]; pos: Pos }
  | { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; pos: Pos }
  | { kind: 'Raise'; exc: Expr | null; cause: Expr | null; pos: Pos }
  | { kind: 'Import'; names: Alias[]; pos: Pos }
  | { kind: 'ImportFrom'; module: string; names: Alias[]; pos: Pos } // names [{name:'*'}] for `import *`
  | { kind: 'Global'; names: string[]; pos: Pos }
  | { kind: 'Nonlocal'; names: string[]; pos: Pos }
  | { kind: 'Assert'; test: Expr; msg: Expr | null; pos: Pos }
  | { kind: 'Delete'; targets: Expr[]; pos: Pos }

export interface WithItem {
  readonly contextExpr: Expr
  readonly optionalVars: Expr | null
}

export interface ExceptHandler {
  readonly type: Expr | null
  readonly name: string | null
  readonly body: Stmt[]
  readonly pos: Pos
}

export interface Alias {
  readonly name: string // dotted for `import a.b`
  readonly asname: string | null
  readonly pos: Pos
}

/// A parsed program.
export interface Module {
  readonly body: Stmt[]
}
