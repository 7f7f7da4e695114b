/// The control block of a run on real threads: a second SharedArrayBuffer
/// beside the heap with the words the workers coordinate through (the GIL,
/// wake words, the end flag) and the "baton": the scheduler state that
/// travels with the GIL from worker to worker (step count, slice budget,
/// kitchen time, trace and recording counters, the random generators, the
/// run queue). Only the GIL holder reads or writes the baton; the GIL
/// hand-off (an Atomics store and notify) orders those plain accesses.

/// Int32 words.
export const enum W {
  /// Free mode: 0 when free, else the holder's ident. Controlled mode: the
  /// ident of the thread allowed to run. -1 once the run is over.
  GIL = 0,
  /// 1 once the run is over (finished, failed, cancelled).
  END = 1,
  /// Set by the host to stop the run (1 cancel, 2 timeout).
  CANCEL = 2,
  /// Free mode: a waiter asks the holder to drop the GIL.
  DROP = 3,
  /// Free mode: bumped by every thread that takes the GIL (the dropper of a
  /// forced switch waits for it to change).
  TAKEN = 4,
  /// Modules compiled so far (registry below).
  MODS = 5,
  /// Constants stored so far (F.CONSTS area).
  NCONSTS = 6,
  /// Module registry: the index of each loaded module's source (0 the
  /// program, 1 + i the i-th library module), in load order.
  MOD_IDS = 16,
  MAX_MODS = 96,
  /// Per thread ident: a wake word (bumped when the thread is made runnable).
  WAKE = 128,
  /// Per thread ident: 1 when its timed wait ran out and it wants the GIL.
  TIMED = WAKE + 8192,
  INT_WORDS = TIMED + 8192,
}

/// Idents a run may give out on real threads (wake words).
export const MAX_IDENTS = 8192

/// Float64 slots (index into a Float64Array over the same buffer).
export const enum F {
  BATON = (W.INT_WORDS >> 1) + 8,
  /// Baton fields.
  STEPS = BATON, BUDGET, NOW, GC_AT, TYPE_EPOCH, SEQ, PICKS, SLICES, TIMES, OUT_SEQ,
  RNG_A, RNG_B, RNG_C, RNG_D, SRNG_A, SRNG_B, SRNG_C, SRNG_D,
  FOLLOW_PICK, FOLLOW_SLICE, FOLLOW_TIME, MAIN_DONE, SHUTTING_DOWN, EXIT_CODE,
  DEC, FORCED, FORCED_DEC, BASE, LAST_THREAD, MAIN_THREAD, TIMEOUTS, RUN_START,
  /// The controlled scheduler's run queue: length, then thread addresses.
  QUEUE = BATON + 64,
  MAX_QUEUE = 2048,
  /// Heap values of the native modules' constants (math.pi, ...) and the
  /// served list, stored by the world's creator for the other workers.
  PINS = QUEUE + 1 + 2048,
  MAX_PINS = 64,
  /// Every loaded code object's constants, in load order.
  CONSTS = PINS + 64,
  MAX_CONSTS = 1 << 18,
  SLOTS = CONSTS + (1 << 18),
}

/// A fresh control block.
export function newControl(): SharedArrayBuffer {
  return new SharedArrayBuffer(F.SLOTS * 8)
}

export class Control {
  readonly i: Int32Array
  readonly f: Float64Array
  constructor(readonly buffer: SharedArrayBuffer) {
    this.i = new Int32Array(buffer)
    this.f = new Float64Array(buffer)
  }

  get ended(): boolean {
    return Atomics.load(this.i, W.END) !== 0
  }

  /// Ends the run: every waiting worker wakes and sees END.
  end(): void {
    Atomics.store(this.i, W.END, 1)
    Atomics.store(this.i, W.GIL, -1)
    Atomics.notify(this.i, W.GIL)
    Atomics.notify(this.i, W.TAKEN)
    for (let k = 0; k < MAX_IDENTS; k++) {
      Atomics.add(this.i, W.WAKE + k, 1)
      Atomics.notify(this.i, W.WAKE + k)
    }
  }

  /// Makes thread `ident`'s worker look at its thread again.
  wake(ident: number): void {
    Atomics.add(this.i, W.WAKE + ident, 1)
    Atomics.notify(this.i, W.WAKE + ident)
  }
}
