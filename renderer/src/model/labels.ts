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

function overlaps(a: LabelBox, ax: number, ay: number, b: LabelBox, bx: number, by: number): boolean {
  return Math.abs(ax - bx) * 2 < a.w + b.w + MARGIN * 2 && ay < by + b.h + MARGIN && by < ay + a.h + MARGIN
}

/// Where a label goes: whole steps along its direction, and a sideways shift.
export interface LabelMove {
  readonly steps: number
  readonly dx: number
}

/// For each box, in order, how it moves so that it overlaps none of those
/// before it, nor any of the `fixed` ones (words painted on the walls): first
/// sideways, by at most `reach`, when only a fixed one is in the way (a tag
/// slides off a door's words and stays under its cook), else a step at a time
/// (`dir` 1: down, -1: up). After `most` steps it stays at the last (a crowd
/// bigger than that overlaps there).
export function separate(boxes: readonly LabelBox[], step: number, dir: 1 | -1, most = 4, fixed: readonly LabelBox[] = [], reach = 0): LabelMove[] {
  const placed: { box: LabelBox; x: number; y: number }[] = []
  const walls = fixed.map((box) => ({ box, x: box.x, y: box.y }))
  const out: LabelMove[] = []
  for (const box of boxes) {
    const clear = (others: typeof placed, x: number, y: number): boolean => !others.some((p) => overlaps(box, x, y, p.box, p.x, p.y))
    const free = (x: number, y: number): boolean => clear(walls, x, y) && clear(placed, x, y)
    let move: LabelMove | null = null
    for (let k = 0; k <= most && move === null; k++) {
      const y = box.y + dir * k * step
      if (free(box.x, y)) { move = { steps: k, dx: 0 }; break }
      // only walls in the way: the nearest shift that clears them, if within reach
      if (!clear(placed, box.x, y)) continue
      const shifts = walls.filter((w) => overlaps(box, box.x, y, w.box, w.x, w.y))
        .flatMap((w) => [w.x - w.box.w / 2 - MARGIN - (box.x + box.w / 2), w.x + w.box.w / 2 + MARGIN - (box.x - box.w / 2)])
        .filter((dx) => Math.abs(dx) <= reach)
        .sort((a, b) => Math.abs(a) - Math.abs(b))
      const dx = shifts.find((d) => free(box.x + d, y))
      if (dx !== undefined) move = { steps: k, dx }
    }
    move ??= { steps: most, dx: 0 }
    placed.push({ box, x: box.x + move.dx, y: box.y + dir * move.steps * step })
    out.push(move)
  }
  return out
}
