/// A Python value is one JS number, tagged in its low three bits, so that it
/// fits a Float64Array slot of the shared heap and small ints never allocate.
///
///   tag 0  int        v = n * 8          (|n| <= MAX_SMALL)
///   tag 1  reference  v = addr * 8 + 1   (an object in the heap)
///   tag 2  special    None, False, True, NotImplemented, Ellipsis, UNBOUND
///   tag 3  native     v = index * 8 + 3  (a builtin function of this worker's native table)
///
/// `v & 7` reads the tag: ToInt32 keeps the low bits of any integral double
/// up to 2^53, negative ints included. Adding two tagged ints adds the ints.

export type Value = number

export const TAG_INT = 0
export const TAG_REF = 1
export const TAG_SPECIAL = 2
export const TAG_NATIVE = 3

/// Largest int kept inline; beyond it ints are heap bigints.
export const MAX_SMALL = 2 ** 49
export const MAX_SMALL_TAGGED = MAX_SMALL * 8

export const None: Value = 2
export const False: Value = 10
export const True: Value = 18
export const NotImplemented: Value = 26
export const Ellipsis: Value = 34
/// An empty local, cell or dict slot. Never visible to Python code.
export const UNBOUND: Value = 42
/// A deleted dict/set entry.
export const DUMMY: Value = 50
/// LOAD_METHOD's marker for "no self".
export const NULL: Value = 58

export const tag = (v: Value): number => v & 7
export const isInt = (v: Value): boolean => (v & 7) === TAG_INT
export const isRef = (v: Value): boolean => (v & 7) === TAG_REF
export const isNative = (v: Value): boolean => (v & 7) === TAG_NATIVE

export const mkInt = (n: number): Value => n * 8
export const intOf = (v: Value): number => v / 8
export const fitsSmall = (n: number): boolean => n <= MAX_SMALL && n >= -MAX_SMALL

export const mkRef = (addr: number): Value => addr * 8 + 1
export const addrOf = (v: Value): number => (v - 1) / 8

export const mkNative = (index: number): Value => index * 8 + 3
export const nativeIndex = (v: Value): number => (v - 3) / 8

export const bool = (b: boolean): Value => (b ? True : False)
