/// Slot offsets of every object kind (see heap.ts for the header).
/// Offsets count from the object's address; slot 0 is the header.

export const enum Str { LEN = 1, HASH = 2, UID = 3, SIZE = 4 } // UTF-16 units follow at slot SIZE
export const enum BigInt_ { LEN = 1, SIZE = 2 } // decimal text follows as UTF-16
export const enum Float { VALUE = 1, SIZE = 2 }
export const enum Tuple { LEN = 1, SIZE = 2 } // items follow
export const enum List { LEN = 1, ITEMS = 2, CAP = 3, SIZE = 4 } // ITEMS: an ARRAY block
/// KEYS changes whenever a key is added or removed or the tables move, so a
/// cached entry position stays valid while KEYS is unchanged.
export const enum Dict { USED = 1, NENTRIES = 2, ENTRIES = 3, INDEX = 4, MASK = 5, KEYS = 6, SIZE = 7 }
export const enum Set_ { USED = 1, FILL = 2, TABLE = 3, MASK = 4, SIZE = 5 } // TABLE: ARRAY of (hash, key)
export const enum Instance { CLASS = 1, DICT = 2, SIZE = 3 }
/// SUGGEST: the name a NameError/AttributeError report offers ("Did you mean"), or None.
export const enum Exc { CLASS = 1, DICT = 2, ARGS = 3, TB = 4, CAUSE = 5, CONTEXT = 6, SUPPRESS = 7, SUGGEST = 8, SIZE = 9 }
export const enum Class { NAME = 1, QUALNAME = 2, BASES = 3, MRO = 4, DICT = 5, FLAGS = 6, LAYOUT = 7, MODULE = 8, SIZE = 9 }
export const enum Func { CODE = 1, GLOBALS = 2, DEFAULTS = 3, KWDEFAULTS = 4, CLOSURE = 5, NAME = 6, QUALNAME = 7, DICT = 8, MODULE = 9, SIZE = 10 }
export const enum Method { FUNC = 1, SELF = 2, SIZE = 3 }
export const enum Cell { VALUE = 1, SIZE = 2 }
export const enum Module_ { NAME = 1, DICT = 2, SIZE = 3 }
export const enum Range { START = 1, STOP = 2, STEP = 3, SIZE = 4 }
export const enum Slice { START = 1, STOP = 2, STEP = 3, SIZE = 4 }
export const enum Iter { TYPE = 1, A = 2, B = 3, C = 4, D = 5, SIZE = 6 }
export const enum Gen { FRAME = 1, STATE = 2, NAME = 3, QUALNAME = 4, SIZE = 5 }
export const enum Prop { FGET = 1, FSET = 2, FDEL = 3, DOC = 4, SIZE = 5 }
export const enum Wrapper { FUNC = 1, SIZE = 2 } // staticmethod, classmethod
export const enum Super { TYPE = 1, OBJ = 2, SIZE = 3 }
export const enum Lock { LOCKED = 1, TRACED = 2, UID = 3, WAKEUPS = 4, SIZE = 5 }

/// Iterator subtypes (Iter.TYPE).
export const enum IterType {
  LIST, TUPLE, RANGE, STR, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SET, ENUMERATE, ZIP,
  REVERSED_LIST, REVERSED_SEQ, CALL_ITER, MAP, FILTER, BYTES, KEYS_VIEW, VALUES_VIEW, ITEMS_VIEW,
}

/// Generator states (Gen.STATE).
export const enum GenState { CREATED, SUSPENDED, RUNNING, DONE }

/// Class flags (Class.FLAGS).
export const enum ClassFlags {
  BUILTIN = 1,
  /// Instances are EXCEPTION objects.
  EXCEPTION = 2,
  /// A builtin that user classes may not subclass.
  FINAL = 4,
  /// Instances of this class have a plain __dict__.
  HEAPTYPE = 8,
}

/// A frame: a function activation, allocated in the heap so that a
/// thread's whole state is shared memory (other workers, the GC and the
/// inspector can see it). Locals, cells, the operand stack and the block
/// stack follow the fixed part.
export const enum Frame {
  CODE = 1, // code id (see runtime codes)
  PREV = 2, // caller frame address, 0 for the bottom frame
  IP = 3, // word index of the next instruction
  SP = 4, // absolute slot index of the next free stack slot
  NBLOCKS = 5,
  GLOBALS = 6, // dict address (raw, not a tagged value)
  LOCALS = 7, // namespace dict address for module and class bodies, else 0
  FUNC = 8, // function value (for super() and tracebacks), or None
  ACTION = 9, // what to do with the return value (FrameAction)
  ACTION_ARG = 10,
  LINE = 11, // line of the instruction that raised, for tracebacks
  GEN = 12, // the generator object of a generator's frame, else 0
  CELLS = 13, // first of nlocals locals, then cells+frees, then stack, then blocks
}

/// What RETURN_VALUE does besides returning (Frame.ACTION).
export const enum FrameAction {
  NORMAL = 0,
  /// The bottom frame of a nested call from native code: stop the loop.
  STOP = 1,
  /// A generator's frame. ACTION_ARG is 1 while a FOR_ITER of the caller
  /// runs it in the main loop (yield and return go back to that caller
  /// directly), 0 when native code resumes it in a nested loop.
  GENERATOR = 2,
  /// A thread's bottom frame: the thread ends.
  THREAD = 3,
  /// An __init__ called by instantiating a class: push ACTION_ARG (the new
  /// instance) instead of the None it returns.
  INIT = 4,
}

/// Thread states (THREAD object).
export const enum ThreadState { NEW, RUNNABLE, BLOCKED, SLEEPING, DONE }

export const enum Thread {
  IDENT = 1, FRAME = 2, STATE = 3, DEADLINE = 4, EXC_INFO = 5, NAME = 6,
  DAEMON = 7, WAIT_ON = 8, WAKE = 9, TIMEDOUT = 10, RESULT = 11, FUNC = 12, ARGS = 13,
  STEPS = 14, DEPTH = 15, WORKER = 16, SIZE = 17,
}
