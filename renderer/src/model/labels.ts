/// Keeping the kitchen's words readable: cooks crowd at a station or a door,
/// and their name tags and speech bubbles, wider than a cook, would lie on
/// top of each other. Each label here is moved by whole steps (down for name
/// tags, up for bubbles) until it overlaps no label placed before it.

/// A label's box: centre x, top y, width and height, in scene units.
export interface LabelBox {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/// Labels closer than this are taken to touch.
const MARGIN = 2

function overlaps(a: LabelBox, ay: number, b: LabelBox, by: number): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + MARGIN * 2 && ay < by + b.h + MARGIN && by < ay + a.h + MARGIN
}

/// For each box, in order, the number of steps it moves (`dir` 1: down, -1: up)
/// so that it overlaps none of those before it, nor any of the `fixed` ones
/// (words painted on the walls); after `most` steps it stays where it is at
/// the last (a crowd bigger than that overlaps there).
export function separate(boxes: readonly LabelBox[], step: number, dir: 1 | -1, most = 4, fixed: readonly LabelBox[] = []): number[] {
  const placed: { box: LabelBox; y: number }[] = fixed.map((box) => ({ box, y: box.y }))
  const out: number[] = []
  for (const box of boxes) {
    let k = 0
    while (k < most && placed.some((p) => overlaps(box, box.y + dir * k * step, p.box, p.y))) k++
    placed.push({ box, y: box.y + dir * k * step })
    out.push(k)
  }
  return out
}
