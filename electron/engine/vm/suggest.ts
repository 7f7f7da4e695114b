/// CPython 3.11's "Did you mean: 'x'?" for a NameError or AttributeError:
/// the closest candidate name by a Levenshtein distance where a change of
/// case costs 1 and any other edit 2, if no more than about a third of the
/// characters change. Same limits as CPython (40 bytes per name, fewer than
/// 750 candidates), on UTF-8 bytes as CPython compares them, and the same
/// tie rule (the first candidate at the smallest distance wins), so the
/// kitchen suggests what python3 suggests.

const MOVE_COST = 2
const CASE_COST = 1
const MAX_STRING_SIZE = 40
const MAX_CANDIDATE_ITEMS = 750

// the engine core has no Node or DOM types; every JS host has this
declare const TextEncoder: { new(): { encode(s: string): Uint8Array } }
const utf8 = new TextEncoder()

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c)
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST
}

/// The edit distance of a and b, or anything above maxCost once it is clear
/// that the distance exceeds it.
function distance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let start = 0
  let aEnd = a.length, bEnd = b.length
  while (start < aEnd && start < bEnd && a[start] === b[start]) start++
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd-- }
  let x = a.subarray(start, aEnd), y = b.subarray(start, bEnd)
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1
  if (y.length < x.length) [x, y] = [y, x]
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1
  // one row of the matrix, updated in place: row[i] = cost(y[:j], x[:i+1])
  const row = new Array<number>(x.length)
  for (let i = 0; i < x.length; i++) row[i] = (i + 1) * MOVE_COST
  let result = 0
  for (let j = 0; j < y.length; j++) {
    let diagonal = j * MOVE_COST
    result = diagonal
    let minimum = Infinity
    for (let i = 0; i < x.length; i++) {
      const substitute = diagonal + substitutionCost(y[j], x[i])
      diagonal = row[i]
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute)
      row[i] = result
      if (result < minimum) minimum = result
    }
    if (minimum > maxCost) return maxCost + 1
  }
  return result
}

/// The candidate to suggest for `name`, or null.
export function suggestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null
  const wanted = utf8.encode(name)
  let best: string | null = null
  let bestDistance = Infinity
  for (const item of candidates) {
    if (item === name) continue
    const bytes = utf8.encode(item)
    const maxDistance = Math.min(Math.floor((wanted.length + bytes.length + 3) * MOVE_COST / 6), bestDistance - 1)
    const d = distance(wanted, bytes, maxDistance)
    if (d > maxDistance) continue
    if (best === null || d < bestDistance) {
      best = item
      bestDistance = d
    }
  }
  return best
}
