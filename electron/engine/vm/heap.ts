/// The shared heap: every Python object lives in one SharedArrayBuffer, so
/// that worker threads running Python threads see the same lists, dicts and
/// locks, as CPython's threads share memory. Memory is counted in 8-byte
/// slots. An object starts with a header slot whose two Int32 halves hold
/// its kind and its size in slots; the payload follows.
///
/// Only the thread holding the GIL touches the heap, so plain reads and
/// writes suffice; the GIL hand-off (an Atomics operation) orders them.

/// Object kinds, stored in the low byte of the header's first Int32.
export const enum Kind {
  FREE = 0,
  STR, BIGINT, FLOAT, TUPLE, LIST, ARRAY, DICT, SET, FROZENSET, INSTANCE, CLASS,
  FUNCTION, BOUND_METHOD, CELL, MODULE, RANGE, SLICE, ITER, GENERATOR, FRAME,
  THREAD, LOCK, EXCEPTION, PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER, INDEX,
}

/// Fixed slots of the heap's first block (the root block).
export const enum Root {
  MAGIC = 0,
  BUMP = 1,
  LIMIT = 2,
  /// Well-known objects, set once by the heap's creator.
  INTERN = 3, // dict: str -> the canonical str
  MODULES = 4, // dict: name -> module
  BUILTINS = 5, // dict of the builtins module
  THREADS = 6, // list of THREAD objects
  TYPES = 7, // tuple of the builtin classes, in TypeId order
  CONSTS = 8, // list: per loaded module, the list of its materialized constants
  SOURCES = 9, // list of (name, filename, source, internal) tuples, in module-id order
  NEXT_UID = 10,
  NEXT_IDENT = 11,
  LIVE_BYTES = 12,
  ALLOCATED = 13, // total slots allocated since start (statistics)
  TIMED_WAITS = 14, // timed waits begun so far (sleeps, cooking, timeouts): replays with durations index by it
  /// Free lists for small sizes: FREE_LISTS + size -> first free block;
  /// FREE_LISTS + MAX_SMALL_BLOCK + 1 holds larger blocks.
  FREE_LISTS = 32,
  /// Int32 words (index into I32) for atomics start here: slot 128 onward.
  SYNC = 128,
  FIRST_OBJECT = 256,
}

export const MAX_SMALL_BLOCK = 64
const MAGIC = 0x4b49_5443 // "KITC"

/// Thrown by `alloc` when the heap is exhausted; the VM turns it into MemoryError.
export class HeapExhausted extends Error {}

/// One view set over a shared buffer. Several `Heap` objects (one per
/// worker) may wrap the same buffer.
export class Heap {
  readonly f64: Float64Array
  readonly i32: Int32Array
  readonly u16: Uint16Array
  readonly limit: number

  constructor(readonly buffer: SharedArrayBuffer | ArrayBuffer, init: boolean) {
    this.f64 = new Float64Array(buffer)
    this.i32 = new Int32Array(buffer)
    this.u16 = new Uint16Array(buffer)
    this.limit = this.f64.length
    if (init) {
      this.f64[Root.MAGIC] = MAGIC
      this.f64[Root.BUMP] = Root.FIRST_OBJECT
      this.f64[Root.LIMIT] = this.limit
      this.f64[Root.NEXT_UID] = 1
      this.f64[Root.NEXT_IDENT] = 1
    } else if (this.f64[Root.MAGIC] !== MAGIC) {
      throw new Error('not a kitchen heap')
    }
  }

  /// A new heap of `megabytes` MiB in a SharedArrayBuffer.
  static create(megabytes: number): Heap {
    return new Heap(new SharedArrayBuffer(megabytes * 1024 * 1024), true)
  }

  /// A copy of everything allocated so far, for `restore`.
  snapshot(): Float64Array {
    return this.f64.slice(0, this.f64[Root.BUMP])
  }

  /// Puts the heap back as it was at `snapshot`: everything allocated since
  /// is zeroed, as in a fresh buffer.
  restore(snap: Float64Array): void {
    const used = this.f64[Root.BUMP]
    if (used > snap.length) this.f64.fill(0, snap.length, used)
    this.f64.set(snap)
  }

  kind(addr: number): Kind {
    return (this.i32[addr * 2] & 0xff) as Kind
  }

  size(addr: number): number {
    return this.i32[addr * 2 + 1]
  }

  /// Allocates `slots` slots (header included) of `kind`, zero-filled.
  alloc(kind: Kind, slots: number): number {
    const addr = this.allocRaw(kind, slots)
    this.f64.fill(0, addr + 1, addr + slots)
    return addr
  }

  /// Like alloc, but the payload keeps whatever was there: for callers that
  /// initialize every slot they read (frames).
  allocRaw(kind: Kind, slots: number): number {
    const f = this.f64
    let addr = 0
    if (slots <= MAX_SMALL_BLOCK) {
      addr = f[Root.FREE_LISTS + slots]
      if (addr !== 0) f[Root.FREE_LISTS + slots] = f[addr + 1]
    } else {
      addr = this.takeLarge(slots)
    }
    if (addr === 0) {
      addr = f[Root.BUMP]
      if (addr + slots > this.limit) throw new HeapExhausted()
      f[Root.BUMP] = addr + slots
    }
    this.i32[addr * 2] = kind
    this.i32[addr * 2 + 1] = slots
    f[Root.ALLOCATED] += slots
    return addr
  }

  /// Returns a block to its free list. Only for blocks nothing else refers
  /// to (a frame that returned, a list's outgrown item array).
  free(addr: number): void {
    const slots = this.size(addr)
    this.i32[addr * 2] = Kind.FREE
    // large blocks share one list (slot MAX_SMALL_BLOCK + 1), searched first-fit
    const list = Root.FREE_LISTS + Math.min(slots, MAX_SMALL_BLOCK + 1)
    this.f64[addr + 1] = this.f64[list]
    this.f64[list] = addr
  }

  /// First fit from the large free list; splits off what is left over.
  private takeLarge(slots: number): number {
    const f = this.f64
    const head = Root.FREE_LISTS + MAX_SMALL_BLOCK + 1
    let prev = 0
    for (let a = f[head]; a !== 0; prev = a, a = f[a + 1]) {
      const size = this.size(a)
      if (size < slots) continue
      const next = f[a + 1]
      if (prev === 0) f[head] = next
      else f[prev + 1] = next
      const rest = size - slots
      if (rest > 0) {
        this.i32[(a + slots) * 2] = Kind.FREE
        this.i32[(a + slots) * 2 + 1] = rest
        this.free(a + slots)
      }
      this.i32[a * 2 + 1] = slots
      return a
    }
    return 0
  }

  /// A fresh unique id (never reused, unlike addresses).
  uid(): number {
    const u = this.f64[Root.NEXT_UID]
    this.f64[Root.NEXT_UID] = u + 1
    return u
  }

  /// Slots in use (bump pointer), for statistics and limits.
  used(): number {
    return this.f64[Root.BUMP]
  }
}
