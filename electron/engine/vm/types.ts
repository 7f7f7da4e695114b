/// The builtin classes, in the order the heap's creator makes them. Every
/// worker finds them at the same index of the TYPES root tuple.

export const enum T {
  object, type, int, bool, float, str, list, tuple, dict, set, frozenset,
  NoneType, NotImplementedType, ellipsis, function, builtin_function, method, module,
  range, slice, generator, cell, property, staticmethod, classmethod, super,
  list_iterator, tuple_iterator, range_iterator, str_iterator, dict_keyiterator,
  dict_valueiterator, dict_itemiterator, set_iterator, enumerate, zip,
  list_reverseiterator, reversed, callable_iterator, map, filter,
  dict_keys, dict_values, dict_items, lock,
  // exceptions
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
  StopIteration, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
  AssertionError, AttributeError, LookupError, IndexError, KeyError,
  NameError, UnboundLocalError, RuntimeError, NotImplementedError, RecursionError,
  TypeError, ValueError, UnicodeError, ImportError, ModuleNotFoundError,
  MemoryError, OSError, TimeoutError, SyntaxError, IndentationError, EOFError,
  BufferError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
  KitchenError,
  COUNT,
}

/// name, base, and whether user classes may derive from it.
export interface TypeSpec {
  readonly id: T
  readonly name: string
  readonly base: T | null
  readonly subclassable: boolean
  /// The module of a type that CPython defines outside builtins (its
  /// error messages then name it module.name, as CPython's tp_name does).
  readonly module?: string
}

const plain = (id: T, name: string, subclassable = false): TypeSpec => ({ id, name, base: T.object, subclassable })
const exc = (id: T, name: string, base: T): TypeSpec => ({ id, name, base, subclassable: true })

/// Every builtin class, in T order.
export const TYPE_SPECS: readonly TypeSpec[] = [
  { id: T.object, name: 'object', base: null, subclassable: true },
  plain(T.type, 'type'),
  plain(T.int, 'int', true),
  { id: T.bool, name: 'bool', base: T.int, subclassable: false },
  plain(T.float, 'float', true),
  plain(T.str, 'str', true),
  plain(T.list, 'list', true),
  plain(T.tuple, 'tuple', true),
  plain(T.dict, 'dict', true),
  plain(T.set, 'set', true),
  plain(T.frozenset, 'frozenset'),
  plain(T.NoneType, 'NoneType'),
  plain(T.NotImplementedType, 'NotImplementedType'),
  plain(T.ellipsis, 'ellipsis'),
  plain(T.function, 'function'),
  plain(T.builtin_function, 'builtin_function_or_method'),
  plain(T.method, 'method'),
  plain(T.module, 'module'),
  plain(T.range, 'range'),
  plain(T.slice, 'slice'),
  plain(T.generator, 'generator'),
  plain(T.cell, 'cell'),
  plain(T.property, 'property', true),
  plain(T.staticmethod, 'staticmethod'),
  plain(T.classmethod, 'classmethod'),
  plain(T.super, 'super'),
  plain(T.list_iterator, 'list_iterator'),
  plain(T.tuple_iterator, 'tuple_iterator'),
  plain(T.range_iterator, 'range_iterator'),
  plain(T.str_iterator, 'str_ascii_iterator'),
  plain(T.dict_keyiterator, 'dict_keyiterator'),
  plain(T.dict_valueiterator, 'dict_valueiterator'),
  plain(T.dict_itemiterator, 'dict_itemiterator'),
  plain(T.set_iterator, 'set_iterator'),
  plain(T.enumerate, 'enumerate'),
  plain(T.zip, 'zip'),
  plain(T.list_reverseiterator, 'list_reverseiterator'),
  plain(T.reversed, 'reversed'),
  plain(T.callable_iterator, 'callable_iterator'),
  plain(T.map, 'map'),
  plain(T.filter, 'filter'),
  plain(T.dict_keys, 'dict_keys'),
  plain(T.dict_values, 'dict_values'),
  plain(T.dict_items, 'dict_items'),
  { ...plain(T.lock, 'lock'), module: '_thread' },
  exc(T.BaseException, 'BaseException', T.object),
  exc(T.SystemExit, 'SystemExit', T.BaseException),
  exc(T.KeyboardInterrupt, 'KeyboardInterrupt', T.BaseException),
  exc(T.GeneratorExit, 'GeneratorExit', T.BaseException),
  exc(T.Exception, 'Exception', T.BaseException),
  exc(T.StopIteration, 'StopIteration', T.Exception),
  exc(T.ArithmeticError, 'ArithmeticError', T.Exception),
  exc(T.ZeroDivisionError, 'ZeroDivisionError', T.ArithmeticError),
  exc(T.OverflowError, 'OverflowError', T.ArithmeticError),
  exc(T.FloatingPointError, 'FloatingPointError', T.ArithmeticError),
  exc(T.AssertionError, 'AssertionError', T.Exception),
  exc(T.AttributeError, 'AttributeError', T.Exception),
  exc(T.LookupError, 'LookupError', T.Exception),
  exc(T.IndexError, 'IndexError', T.LookupError),
  exc(T.KeyError, 'KeyError', T.LookupError),
  exc(T.NameError, 'NameError', T.Exception),
  exc(T.UnboundLocalError, 'UnboundLocalError', T.NameError),
  exc(T.RuntimeError, 'RuntimeError', T.Exception),
  exc(T.NotImplementedError, 'NotImplementedError', T.RuntimeError),
  exc(T.RecursionError, 'RecursionError', T.RuntimeError),
  exc(T.TypeError, 'TypeError', T.Exception),
  exc(T.ValueError, 'ValueError', T.Exception),
  exc(T.UnicodeError, 'UnicodeError', T.ValueError),
  exc(T.ImportError, 'ImportError', T.Exception),
  exc(T.ModuleNotFoundError, 'ModuleNotFoundError', T.ImportError),
  exc(T.MemoryError, 'MemoryError', T.Exception),
  exc(T.OSError, 'OSError', T.Exception),
  exc(T.TimeoutError, 'TimeoutError', T.OSError),
  exc(T.SyntaxError, 'SyntaxError', T.Exception),
  exc(T.IndentationError, 'IndentationError', T.SyntaxError),
  exc(T.EOFError, 'EOFError', T.Exception),
  exc(T.BufferError, 'BufferError', T.Exception),
  exc(T.Warning, 'Warning', T.Exception),
  exc(T.UserWarning, 'UserWarning', T.Warning),
  exc(T.DeprecationWarning, 'DeprecationWarning', T.Warning),
  exc(T.RuntimeWarning, 'RuntimeWarning', T.Warning),
  exc(T.KitchenError, 'KitchenError', T.Exception),
]

/// Builtin exception names that are exposed in builtins (all of them).
export const FIRST_EXCEPTION = T.BaseException
