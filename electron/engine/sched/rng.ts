/// A small seeded generator (xorshift128+ folded to 32 bits): the same
/// seed gives the same schedule and the same `random` numbers everywhere.
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    // splitmix32 to spread the seed over the state
    let s = seed >>> 0
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next(); this.b = next(); this.c = next(); this.d = next() || 1
  }

  /// A uniform 32-bit unsigned integer (xoshiro128**).
  u32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0
    const t = this.b << 9
    this.c ^= this.a
    this.d ^= this.b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return r
  }

  /// A float in [0, 1) with 53 random bits.
  float(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992
  }

  /// An integer in [0, n).
  below(n: number): number {
    return Math.floor(this.float() * n)
  }

  /// An integer in [lo, hi].
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1)
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}
