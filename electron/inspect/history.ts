/// What both analyses of an explored run keep per accessed key: the last
/// write and, since it, the last read of each thread. Partial-order
/// reduction (explore.ts) stamps accesses with transition indices, the race
/// finder (races.ts) with vector-clock epochs and lines.

export class AccessHistory<S> {
  private readonly lastWrite = new Map<string, S>()
  private readonly reads = new Map<string, Map<number, S>>()

  /// Calls `conflict` with each earlier access a new access of `key` conflicts
  /// with: the last write, and for a write also the reads since it.
  /// `wasWrite` tells which. Accesses of the same thread are the caller's to skip.
  conflicts(key: string, write: boolean, conflict: (earlier: S, wasWrite: boolean) => void): void {
    const w = this.lastWrite.get(key)
    if (w !== undefined) conflict(w, true)
    if (!write) return
    const rs = this.reads.get(key)
    if (rs) for (const r of rs.values()) conflict(r, false)
  }

  record(key: string, thread: number, write: boolean, stamp: S): void {
    if (write) {
      this.lastWrite.set(key, stamp)
      this.reads.delete(key)
      return
    }
    let rs = this.reads.get(key)
    if (!rs) this.reads.set(key, (rs = new Map()))
    rs.set(thread, stamp)
  }
}

/// into = max(into, from), entry by entry (vector clocks).
export function joinClock(into: Int32Array, from: Int32Array): void {
  for (let k = 0; k < into.length; k++) if (from[k] > into[k]) into[k] = from[k]
}
