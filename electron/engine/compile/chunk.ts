/// The chunk: all that the compiler and the VM share. A code object holds one
/// function's (or module's, or class body's) instructions, a parallel line
/// table, a constant pool and its name tables. Code objects are plain,
/// immutable JS data; every worker compiles the same source to the same code
/// objects, so they never need to cross a thread boundary.
///
/// Instructions are pairs of Int32 words: `code[i]` is the opcode and
/// `code[i + 1]` its argument (0 when unused). Jump targets are absolute word
/// indices into `code` (always even). `lines[i >> 1]` is the source line of
/// the instruction at word i.
///
/// Stack effects below are written `before -> after`, top of stack last.

export const enum Op {
  // ---- stack ----
  /// `x -> `
  POP_TOP,
  /// `x -> x x`
  DUP_TOP,
  /// `x y -> x y x y`
  DUP_TOP_TWO,
  /// `x y -> y x`
  ROT_TWO,
  /// `x y z -> z x y`
  ROT_THREE,
  /// `w x y z -> z w x y`
  ROT_FOUR,
  /// ` -> consts[arg]`
  LOAD_CONST,
  /// Does nothing; marks the start of a code object (and the point after a
  /// yield). The VM treats it as a function entry: a GIL switch point.
  RESUME,
  NOP,

  // ---- names ----
  /// ` -> locals[arg]` (UnboundLocalError if unset, message
  /// `cannot access local variable 'x' where it is not associated with a value`)
  LOAD_FAST,
  /// `v -> ` locals[arg] = v
  STORE_FAST,
  DELETE_FAST,
  /// Cells and free variables share one index space: `arg < cellvars.length`
  /// names `cellvars[arg]`, else `freevars[arg - cellvars.length]`.
  /// ` -> cell.contents` (NameError `free variable 'x' referenced before
  /// assignment in enclosing scope` if empty)
  LOAD_DEREF,
  /// `v -> ` cell.contents = v
  STORE_DEREF,
  DELETE_DEREF,
  /// ` -> cell` (the cell object itself, to build a closure tuple)
  LOAD_CLOSURE,
  /// ` -> globals[names[arg]] or builtins[names[arg]]` (NameError otherwise)
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  /// Module level and class bodies: frame locals dict, then globals, then builtins.
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  /// In a class body, a free variable: the class namespace first, then the cell.
  LOAD_CLASSDEREF,

  // ---- attributes and items ----
  /// `obj -> obj.names[arg]`
  LOAD_ATTR,
  /// `v obj -> ` obj.names[arg] = v
  STORE_ATTR,
  /// `obj -> `
  DELETE_ATTR,
  /// `obj -> meth obj` for an unbound method found on the type, or
  /// `obj -> NULL attr` otherwise; CALL_METHOD then calls either shape.
  LOAD_METHOD,
  /// `container key -> container[key]`
  BINARY_SUBSCR,
  /// `v container key -> ` container[key] = v
  STORE_SUBSCR,
  /// `container key -> `
  DELETE_SUBSCR,
  /// `lower upper -> slice` (arg 2) or `lower upper step -> slice` (arg 3);
  /// missing bounds are None.
  BUILD_SLICE,

  // ---- operators ----
  /// `a b -> a <op> b`, arg a BinaryOp
  BINARY_OP,
  /// `a b -> a <op>= b` (tries __iadd__ etc. first), arg a BinaryOp
  INPLACE_OP,
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_NOT,
  UNARY_INVERT,
  /// `a b -> a <cmp> b`, arg a CompareOp
  COMPARE_OP,
  /// `a b -> a is b` (arg 0) or `a is not b` (arg 1)
  IS_OP,
  /// `a b -> a in b` (arg 0) or `a not in b` (arg 1)
  CONTAINS_OP,

  // ---- building ----
  /// `x1 .. xn -> (x1, .., xn)`
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  /// `k1 v1 .. kn vn -> {k1: v1, ..}`
  BUILD_MAP,
  /// `x1 .. xn -> str` concatenates n strings (f-strings)
  BUILD_STRING,
  /// `container(at depth arg) .. v -> container ..` appends v to the list
  /// found at stack[-arg] after popping v (comprehensions)
  LIST_APPEND,
  SET_ADD,
  /// `map .. k v -> map ..` map at stack[-arg] after popping k and v
  MAP_ADD,
  /// `list .. iterable -> list ..` extends the list at stack[-arg]
  LIST_EXTEND,
  SET_UPDATE,
  /// `dict .. mapping -> dict ..` update the dict at stack[-arg]
  DICT_UPDATE,
  /// Like DICT_UPDATE but for `**kwargs` in a call: TypeError on duplicate
  /// keys (`f() got multiple values for keyword argument 'x'`) or non-str keys.
  DICT_MERGE,
  /// `list -> tuple`
  LIST_TO_TUPLE,
  /// `value -> str` or `value spec -> str` when arg & 4; arg & 3 is the
  /// conversion: 0 none, 1 str (!s), 2 repr (!r), 3 ascii (!a)
  FORMAT_VALUE,
  /// `seq -> x_n .. x_1` (the first item ends on top), ValueError with
  /// CPython's messages on a length mismatch
  UNPACK_SEQUENCE,
  /// `seq -> ...` for `a, *b, c`: arg = countBefore | (countAfter << 8); the
  /// starred part becomes a list. First target ends on top.
  UNPACK_EX,

  // ---- control ----
  /// jump to arg
  JUMP_FORWARD,
  /// jump to arg; a loop back-edge, so a GIL switch point
  JUMP_BACKWARD,
  /// `x -> `, jump if falsy
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  /// `x -> x` and jump if falsy, else `x -> `
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  /// `iterable -> iterator`
  GET_ITER,
  /// `iter -> iter next` or, when exhausted, `iter -> ` and jump to arg
  FOR_ITER,

  // ---- functions and classes ----
  /// Builds a function from what lies on the stack, in this order (only the
  /// parts named in arg): `[defaults tuple if arg&1] [kwdefaults dict if
  /// arg&2] [closure tuple of cells if arg&8] code qualname -> function`.
  /// `code` is a LOAD_CONST of a code constant, `qualname` a str constant.
  MAKE_FUNCTION,
  /// `f a1 .. an -> f(a1, .., an)`
  CALL_FUNCTION,
  /// `f a1 .. an kwnames -> result`: kwnames is a tuple constant of the last
  /// len(kwnames) argument names; arg counts all arguments (positional + keyword).
  CALL_FUNCTION_KW,
  /// `f args_tuple -> f(*args)` or, arg&1, `f args_tuple kwargs_dict -> f(*args, **kwargs)`
  CALL_FUNCTION_EX,
  /// `meth self a1 .. an -> result` or `NULL attr a1 .. an -> result` (see LOAD_METHOD)
  CALL_METHOD,
  /// `meth self a1 .. an kwnames -> result`, like CALL_FUNCTION_KW; arg counts
  /// all arguments except self.
  CALL_METHOD_KW,
  /// `v -> ` returns v to the caller
  RETURN_VALUE,
  /// `body_function name base1 .. basen -> class` with arg = n. Calls the body
  /// with a fresh namespace as its locals, then makes the class. If the body
  /// stored `__classcell__` (the `__class__` cell, for zero-argument super()),
  /// the cell is set to the new class.
  BUILD_CLASS,
  /// `v -> sent` suspends a generator, yielding v; when it resumes, the value
  /// sent in (None for next()) is pushed. A RESUME follows. (A generator's
  /// first resume pushes nothing: it starts at its RESUME at word 0.)
  YIELD_VALUE,

  // ---- exceptions ----
  /// Pushes a handler block: if an exception is raised before the matching
  /// POP_BLOCK, the stack is cut back to its depth at SETUP_FINALLY, the
  /// exception is pushed, and execution jumps to arg.
  SETUP_FINALLY,
  /// Pops the innermost handler block.
  POP_BLOCK,
  /// arg 0: re-raise the exception being handled (RuntimeError `No active
  /// exception to reraise` if none); arg 1: `exc -> ` raise exc; arg 2:
  /// `exc cause -> ` raise exc from cause. A class is instantiated first.
  RAISE_VARARGS,
  /// `exc -> ` raises exc again, keeping its traceback (end of a finally on
  /// the exception path, or no except clause matched)
  RERAISE,
  /// `exc -> prev exc`: enter an except/finally handler. Saves the exception
  /// being handled (None if none) below exc and makes exc the handled one.
  /// If arg is not 0 it also pushes a handler block to arg (the cleanup),
  /// recorded at the depth of `prev`, so an exception raised inside the
  /// handler arrives at arg with the stack `.. prev newexc`. The cleanup is
  /// always `ROT_TWO; POP_EXCEPT; RERAISE`. A handler left normally does
  /// `POP_BLOCK; POP_EXCEPT`.
  PUSH_EXC_INFO,
  /// `prev -> `: leave a handler, restoring the handled exception to prev.
  /// Touches no block.
  POP_EXCEPT,
  /// `exc type -> exc bool`: does exc match type (a class or tuple of classes)?
  CHECK_EXC_MATCH,
  /// ` -> AssertionError` (the class)
  LOAD_ASSERTION_ERROR,
  /// `mgr -> exit enter_result`: looks up __enter__ and __exit__ on mgr's
  /// type (TypeError `'X' object does not support the context manager
  /// protocol`), pushes the bound __exit__, calls __enter__.
  BEFORE_WITH,
  /// `exit prev exc -> exit prev exc result`: calls exit(type(exc), exc, tb)
  /// for a with-block left by an exception (stack as inside a handler after
  /// PUSH_EXC_INFO: exit is below prev).
  WITH_EXCEPT_START,

  // ---- imports ----
  /// ` -> module` imports names[arg] (dotted names import each level and
  /// push the top package, as `import a.b` binds `a`)
  IMPORT_NAME,
  /// `module -> module value` value = module.names[arg] (ImportError
  /// `cannot import name 'x' from 'm'`)
  IMPORT_FROM,
  /// `module -> ` binds every public name of module in the current namespace
  IMPORT_STAR,

  // ---- misc ----
  /// ` -> NULL` a placeholder used by LOAD_METHOD's second shape; also
  /// usable by the compiler to pad.
  PUSH_NULL,
}

/// BINARY_OP / INPLACE_OP argument.
export const enum BinaryOp { ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR, MATMUL }

/// COMPARE_OP argument.
export const enum CompareOp { LT, LE, EQ, NE, GT, GE }

/// Code object flags.
export const enum CodeFlags {
  /// The function takes `*args`.
  VARARGS = 1,
  /// The function takes `**kwargs`.
  VARKEYWORDS = 2,
  /// Calling it makes a generator (it contains a yield).
  GENERATOR = 4,
  /// A class body: names go through LOAD_NAME/STORE_NAME on its namespace.
  CLASS_BODY = 8,
  /// A module body.
  MODULE = 16,
  /// Compiled from the kitchen's own library (threading, queue): hidden from
  /// tracebacks, not a preemption point except where it blocks, and the
  /// trace reports the nearest user frame's line.
  INTERNAL = 32,
  /// A comprehension or generator expression body (`<listcomp>` etc.).
  COMPREHENSION = 64,
  /// A lambda.
  LAMBDA = 128,
}

/// A constant in a code object's pool.
export type Const =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'None' }
  | { readonly kind: 'Ellipsis' }
  | { readonly kind: 'tuple'; readonly items: readonly Const[] }
  | { readonly kind: 'code'; readonly code: CodeObject }

/// One compiled function, module or class body.
export interface CodeObject {
  /// `<module>`, the function name, the class name, `<lambda>`, `<listcomp>`, `<genexpr>` ...
  readonly name: string
  /// Dotted path as in CPython (`Kitchen.cook.<locals>.helper`).
  readonly qualname: string
  readonly filename: string
  readonly firstLine: number
  readonly flags: number
  /// Positional parameters (including those that have defaults).
  readonly argcount: number
  readonly kwonlyargcount: number
  /// All locals: parameters first (positional, keyword-only, then *args, then
  /// **kwargs), then other locals. Used by LOAD_FAST/STORE_FAST.
  readonly varnames: readonly string[]
  /// Locals of this code that inner functions capture. A parameter that is
  /// also a cell is copied into its cell on entry (see `cell2arg`).
  readonly cellvars: readonly string[]
  /// Variables this code takes from enclosing functions, in closure-tuple order.
  readonly freevars: readonly string[]
  /// For each cellvar, the index of the parameter it starts from, or -1.
  readonly cell2arg: readonly number[]
  /// Global, attribute and imported names used by *_GLOBAL, *_NAME, *_ATTR,
  /// LOAD_METHOD, IMPORT_NAME, IMPORT_FROM.
  readonly names: readonly string[]
  readonly consts: readonly Const[]
  /// Instruction words (opcode, argument) pairs.
  readonly code: Int32Array
  /// Source line of each instruction: `lines[wordIndex >> 1]`.
  readonly lines: Int32Array
  /// Upper bound of the operand stack depth.
  readonly maxStack: number
  /// Upper bound of nested SETUP_FINALLY blocks.
  readonly maxBlocks: number
  /// The source lines of the file, so tracebacks can show them.
  readonly sourceLines: readonly string[]
}
