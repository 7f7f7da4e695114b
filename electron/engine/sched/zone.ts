/// Durations as ranges: which timed wait may end next when every thread
/// waits, if each `sleep(d)` (and each cooking action) takes anything in
/// [d·(1-j), d·(1+j)] and, optionally, each timeout too.
///
/// Code takes no kitchen time, so what a run can do depends only on the
/// order in which timed waits end. The k-th wake-up happens at an unknown
/// time T_k (T_0 = 0 is the start; T_0 <= T_1 <= ...). A timed wait that
/// began at T_s and ended at T_f took T_f - T_s, which must lie in its
/// range; one still pending when T_k happened must not have been due by
/// then: T_k - T_s <= its longest length. These are difference
/// constraints, kept closed in a difference-bound matrix (the clock zones of
/// timed automata): a wake-up is offered only when some choice of lengths in
/// the ranges makes it the next one, so every explored order can happen,
/// and every order that can happen is explored. Variables no pending wait
/// began at are projected away, so the matrix stays as small as the number
/// of threads.

/// What a level (or `kitchen inspect --durations J`) asks for.
export interface Durations {
  /// Each sleep or cooking action of nominal length d takes anything in [d·(1-j), d·(1+j)]; 0 <= j < 1.
  readonly jitter: number
  /// Timeouts (`wait(timeout)`, `acquire(timeout=)`, `join(timeout)`, `get(timeout=)`) too; default: exact.
  readonly timeouts?: boolean
}

/// One timed wait of a run with the length a witness gives it.
export interface TimedWait {
  readonly thread: number
  readonly line: number
  readonly asked: number
  readonly took: number
  /// False when something else woke it (or the run ended) first.
  readonly ended: boolean
}

interface Timer {
  readonly k: number
  readonly ident: number
  /// The program's line that began it, and the length it asked for.
  readonly line: number
  readonly seconds: number
  /// The wake-up (variable) it began after.
  readonly start: number
  readonly lo: number
  readonly hi: number
  /// When it would end with nominal lengths (for the nominal order).
  readonly nominalEnd: number
  /// The wake-up it ended at, or the last one it was still pending at.
  end: number
  fired: boolean
}

export class Zone {
  /// Active variables (wake-up indices) and bounds: d[i][j] >= T_vars[i] - T_vars[j].
  private vars: number[] = [0]
  private d: number[][] = [[0]]
  /// The last wake-up, and each wake-up's time with nominal lengths.
  private last = 0
  private readonly nominal: number[] = [0]
  /// Every constraint added, over all wake-ups: [a, b, c] means T_a - T_b <= c.
  private readonly edges: [number, number, number][] = []
  private readonly timers: Timer[] = []
  private readonly pending = new Map<number, Timer>()

  constructor(readonly durations: Durations) {}

  /// Wake-ups so far.
  get wakeUps(): number {
    return this.nominal.length - 1
  }

  /// The k-th timed wait of the run begins: thread `ident` waits `seconds` (at `line`).
  start(k: number, ident: number, seconds: number, sleep: boolean, line = 0): void {
    const j = sleep || this.durations.timeouts ? this.durations.jitter : 0
    const t: Timer = {
      k, ident, line, seconds, start: this.last, lo: seconds * (1 - j), hi: seconds * (1 + j),
      nominalEnd: this.nominal[this.last] + seconds, end: this.last, fired: false,
    }
    this.timers[k] = t
    this.pending.set(ident, t)
  }

  /// The threads (idents) whose timed wait may end next, the nominal one
  /// first. `waiting`: the threads still in a timed wait (others dropped theirs).
  candidates(waiting: readonly number[]): number[] {
    const live = this.live(waiting)
    const ok = live.filter((t) => this.feasible(t, live))
    ok.sort((a, b) => a.nominalEnd - b.nominalEnd || a.ident - b.ident)
    return ok.map((t) => t.ident)
  }

  /// Thread `ident`'s timed wait ends now; returns the earliest time this
  /// wake-up can have (what the kitchen clock shows meanwhile).
  fire(ident: number, waiting: readonly number[]): number {
    const live = this.live(waiting)
    const t = this.pending.get(ident)
    if (!t || !live.includes(t)) throw new Error(`thread ${ident} has no timed wait to end`)
    const n = this.nominal.length
    this.nominal.push(Math.max(this.nominal[this.last], t.nominalEnd))
    const { lower, upper } = this.bounds(t, live)
    for (const [b, l] of lower) this.edges.push([b, n, -l])
    for (const [a, u] of upper) this.edges.push([n, a, u])
    // the new variable's row and column, then every pair through it
    const m = this.vars.length
    const row = this.vars.map((_, x) => Math.min(...upper.map(([a, u]) => u + this.d[this.index(a)][x])))
    const col = this.vars.map((_, x) => Math.min(...lower.map(([b, l]) => this.d[x][this.index(b)] - l)))
    for (let x = 0; x < m; x++) {
      for (let y = 0; y < m; y++) this.d[x][y] = Math.min(this.d[x][y], col[x] + row[y])
      this.d[x].push(col[x])
    }
    this.d.push([...row, 0])
    this.vars.push(n)
    for (const p of live) p.end = n
    t.fired = true
    this.pending.delete(ident)
    this.last = n
    this.project()
    return -this.d[0][this.index(n)]
  }

  /// Lengths for every timed wait of the run, in the order they began, that
  /// make its wake-ups happen in the order they did (for a replay): the
  /// wake-up times are fixed one by one in the middle of what is left of
  /// their range, so no two tie unless they must.
  witness(): TimedWait[] {
    const n = this.nominal.length
    const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)))
    for (let i = 1; i < n; i++) d[i - 1][i] = Math.min(d[i - 1][i], 0)
    for (const [a, b, c] of this.edges) d[a][b] = Math.min(d[a][b], c)
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j]
    const time = [0]
    for (let g = 1; g < n; g++) {
      const lo = -d[0][g]
      const hi = d[g][0]
      const v = hi === Infinity ? lo : (lo + hi) / 2
      time.push(v)
      d[g][0] = v
      d[0][g] = -v
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        const via = Math.min(d[i][g] + d[g][0] + d[0][j], d[i][0] + d[0][g] + d[g][j])
        if (via < d[i][j]) d[i][j] = via
      }
    }
    return this.timers.map((t) => {
      const took = t.fired ? lengthBetween(time[t.start], time[t.end]) : time[t.end] - time[t.start]
      // one that never ended: long enough to outlast every wake-up it waited through
      const length = t.fired ? took : took < t.hi ? (took + t.hi) / 2 : t.hi
      return { thread: t.ident, line: t.line, asked: t.seconds, took: length, ended: t.fired }
    })
  }

  private live(waiting: readonly number[]): Timer[] {
    const out: Timer[] = []
    for (const ident of waiting) {
      const t = this.pending.get(ident)
      if (t) out.push(t)
    }
    return out
  }

  /// A new wake-up N for timer t: N >= last, N >= start + lo; N <= s + hi for every pending s.
  private bounds(t: Timer, live: readonly Timer[]): { lower: [number, number][]; upper: [number, number][] } {
    return { lower: [[this.last, 0], [t.start, t.lo]], upper: live.map((p) => [p.start, p.hi] as [number, number]) }
  }

  private feasible(t: Timer, live: readonly Timer[]): boolean {
    const { lower, upper } = this.bounds(t, live)
    // a negative cycle would run through the new variable: up to a, along the zone to b, back
    for (const [a, u] of upper) for (const [b, l] of lower) if (u + this.d[this.index(a)][this.index(b)] - l < -1e-9) return false
    return true
  }

  private index(v: number): number {
    return this.vars.indexOf(v)
  }

  /// Keeps the start, the last wake-up and the ones pending waits began at.
  private project(): void {
    const keep = new Set<number>([0, this.last, ...[...this.pending.values()].map((t) => t.start)])
    const idx = this.vars.map((v, i) => (keep.has(v) ? i : -1)).filter((i) => i >= 0)
    this.d = idx.map((i) => idx.map((j) => this.d[i][j]))
    this.vars = idx.map((i) => this.vars[i])
  }
}

/// end - start, nudged so that start + it is end exactly: a replay adds the
/// length to the time the wait began, and a wake-up that ties with another
/// must land on the very same number.
function lengthBetween(start: number, end: number): number {
  let d = end - start
  for (let i = 0; i < 8 && start + d !== end; i++) d += start + d > end ? -Number.EPSILON * Math.max(1, d) : Number.EPSILON * Math.max(1, d)
  return Math.max(0, d)
}
