/// x ** y for positive finite x, correctly rounded in practice: V8's Math.pow
/// is off by one ulp for roughly one input in ten, while CPython uses the C
/// library's pow (glibc's is correctly rounded but for vanishingly rare
/// cases). This computes exp(y * ln x) in double-double arithmetic (~2**-90
/// relative error) and rounds once.

// double-double values are [hi, lo] with |lo| <= ulp(hi) / 2
type DD = [number, number]

const SPLITTER = 134217729 // 2**27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b
  const bb = s - a
  return [s, (a - (s - bb)) + (b - bb)]
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b
  return [s, b - (s - a)]
}

function twoProd(a: number, b: number): DD {
  const p = a * b
  let t = SPLITTER * a
  const ah = t - (t - a), al = a - ah
  t = SPLITTER * b
  const bh = t - (t - b), bl = b - bh
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl]
}

function add(a: DD, b: DD): DD {
  let [s, e] = twoSum(a[0], b[0])
  const [t, f] = twoSum(a[1], b[1])
  e += t;
  [s, e] = quickTwoSum(s, e)
  e += f
  return quickTwoSum(s, e)
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0])
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]))
}

function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b)
  return quickTwoSum(p, e + a[1] * b)
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17]
const INV_FACT: DD[] = (() => {
  // 1/n! for n = 2..12 in double-double, by dd division-free recurrence on exact products
  const out: DD[] = []
  let f: DD = [1, 0]
  for (let n = 2; n <= 12; n++) {
    f = mulD(f, n)
    // 1 / f in double-double: q = 1/f.hi, one Newton correction
    const q = 1 / f[0]
    const r = add([1, 0], mul([-q, 0], f)) // 1 - q*f
    out.push(quickTwoSum(q, q * r[0]))
  }
  return out
})()

/// exp(a) as [mantissa DD, power of two]: exp(a) = m * 2**k.
function expDD(a: DD): [DD, number] {
  const k = Math.round(a[0] / LN2[0])
  // r = a - k*ln2, then / 1024
  let r = add(a, mulD(LN2, -k))
  r = [r[0] / 1024, r[1] / 1024]
  // expm1(r) by Taylor: r + r^2/2! + ... + r^12/12!
  let term: DD = r
  let sum: DD = r
  for (let i = 0; i < INV_FACT.length; i++) {
    term = mul(term, r)
    const t = mul(term, INV_FACT[i])
    sum = add(sum, t)
    if (Math.abs(t[0]) < 1e-36) break
  }
  // expm1(2x) = 2 expm1(x) + expm1(x)^2, ten times
  for (let i = 0; i < 10; i++) sum = add([2 * sum[0], 2 * sum[1]], mul(sum, sum))
  return [add([1, 0], sum), k]
}

/// ln(x) for finite x > 0 as DD.
function logDD(x: number): DD {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2))
  let e = Math.floor(Math.log2(x))
  let m = x / 2 ** e
  if (!Number.isFinite(m) || m === 0) { e = Math.floor(Math.log2(x)); m = (x * 2 ** 60) / 2 ** (e + 60) }
  if (m > Math.SQRT2) { m /= 2; e += 1 } else if (m < Math.SQRT1_2) { m *= 2; e -= 1 }
  const l0 = Math.log(m)
  // Newton step: l = l0 + m * exp(-l0) - 1
  const [em, k] = expDD([-l0, 0])
  const scaled: DD = [em[0] * 2 ** k, em[1] * 2 ** k]
  const z = add(mulD(scaled, m), [-1, 0])
  const l = add([l0, 0], z)
  return add(l, mulD(LN2, e))
}

/// x ** y for finite x > 0, x != 1, finite y != 0. Infinity on overflow.
export function powDD(x: number, y: number): number {
  if (y === 1) return x
  if (y === 2) return x * x
  if (y === -1) return 1 / x
  if (y === 0.5) return Math.sqrt(x)
  const t = mulD(logDD(x), y)
  if (t[0] > 710) return Infinity
  if (t[0] < -746) return 0
  const [m, k] = expDD(t)
  const hi = m[0] + m[1] // correctly rounded mantissa
  // apply 2**k in two steps to stay in range
  const k1 = Math.trunc(k / 2)
  return (hi * 2 ** k1) * 2 ** (k - k1)
}
