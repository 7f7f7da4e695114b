/// A level's program as the player edits it: locked lines and slots. Turns
/// placements into a program, and a whole program back into placements,
/// refusing edits to locked lines and statements outside the palette.

import type { Level, Placements, Slot, PaletteEntry } from './types.ts'

const SLOT_MARKER = /^([ \t]*)#\s*slot(?:\s*:\s*([A-Za-z0-9_-]+))?\s*$/

/// The slots of a program: every line that is only `# slot` or `# slot: NAME`.
/// Unnamed slots are named by their position: `1`, `2`, ...
export function findSlots(lines: readonly string[]): Slot[] {
  const slots: Slot[] = []
  lines.forEach((text, index) => {
    const m = SLOT_MARKER.exec(text)
    if (m) slots.push({ name: m[2] ?? String(slots.length + 1), index, indent: m[1] })
  })
  return slots
}

/// The program with each slot replaced by `pass` (same lines, so a
/// SyntaxError's line is the program's line).
export function programWithEmptySlots(lines: readonly string[], slots: readonly Slot[]): string {
  const out = lines.slice()
  for (const s of slots) out[s.index] = s.indent + 'pass'
  return out.join('\n') + '\n'
}

/// One problem with a solution, at a line of the player's program (0: the whole program).
export interface SolutionProblem {
  readonly line: number
  readonly message: string
}

/// A solution that cannot be judged, and why.
export class SolutionRefused extends Error {
  constructor(readonly problems: readonly SolutionProblem[]) {
    super(problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join('\n'))
  }
}

/// Placements written with a single statement as a string, normalized to lists.
export function normalizePlacements(p: Readonly<Record<string, string | readonly string[]>>): Placements {
  const out: Record<string, readonly string[]> = {}
  for (const [k, v] of Object.entries(p)) out[k] = typeof v === 'string' ? [v] : v
  return out
}

function codeLines(code: string): string[] {
  return code.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''))
}

/// Problems with placements: unknown slots, statements outside the palette,
/// more of a statement than the palette allows.
export function placementProblems(level: Pick<Level, 'slots' | 'palette'>, placements: Placements): string[] {
  const problems: string[] = []
  const used = new Map<string, number>()
  for (const [slot, codes] of Object.entries(placements)) {
    if (!level.slots.some((s) => s.name === slot)) {
      problems.push(`there is no slot '${slot}' (slots: ${level.slots.map((s) => s.name).join(', ') || 'none'})`)
      continue
    }
    for (const code of codes) {
      const entry = level.palette.find((e) => e.code.trim() === code.trim())
      if (!entry) { problems.push(`'${code.trim()}' is not in the palette`); continue }
      used.set(entry.code, (used.get(entry.code) ?? 0) + 1)
    }
  }
  for (const e of level.palette) {
    const n = used.get(e.code) ?? 0
    if (n > e.count) problems.push(`'${e.code.trim()}' is placed ${n} times; the palette has ${e.count}`)
  }
  return problems
}

/// The program the placements make: each slot's statements, indented like
/// the slot, in place of its marker. Throws SolutionRefused.
export function applyPlacements(level: Pick<Level, 'program' | 'slots' | 'palette'>, placements: Placements): string {
  const problems = placementProblems(level, placements)
  if (problems.length) throw new SolutionRefused(problems.map((message) => ({ line: 0, message })))
  const out: string[] = []
  level.program.lines.forEach((text, i) => {
    const slot = level.slots.find((s) => s.index === i)
    if (!slot) { out.push(text); return }
    for (const code of placements[slot.name] ?? []) for (const l of codeLines(code)) out.push(l === '' ? '' : slot.indent + l)
  })
  return out.join('\n') + '\n'
}

/// Statements placed by a solution.
export function statementCount(placements: Placements): number {
  return Object.values(placements).reduce((n, codes) => n + codes.length, 0)
}

interface Attempt { placements: Record<string, string[]>; problems: SolutionProblem[] }

/// Reads placements back out of a whole program: the locked lines must be
/// there unchanged and in order, and what lies in each slot must be palette
/// statements indented like the slot. Throws SolutionRefused.
export function checkSolution(level: Pick<Level, 'program' | 'slots' | 'palette'>, source: string): Placements {
  const src = source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''))
  const prog = level.program.lines.map((l) => l.replace(/\s+$/, ''))
  // locked runs: before the first slot, between slots, after the last
  const segs: string[][] = []
  let start = 0
  for (const s of level.slots) { segs.push(prog.slice(start, s.index)); start = s.index + 1 }
  segs.push(trimTrailingBlank(prog.slice(start)))
  let first: Attempt | null = null
  let tries = 0
  const matchesAt = (seg: string[], at: number): boolean => at + seg.length <= src.length && seg.every((l, i) => src[at + i] === l)
  const search = (k: number, at: number, acc: Record<string, string[]>, problems: SolutionProblem[]): Attempt | null => {
    if (++tries > 20000) return null
    if (k === level.slots.length) {
      if (src.slice(at).some((l) => l.trim() !== '')) return null
      const a = { placements: acc, problems }
      if (problems.length === 0) return a
      first ??= a
      return null
    }
    const slot = level.slots[k]
    for (let end = at; end <= src.length; end++) {
      if (!matchesAt(segs[k + 1], end)) continue
      const read = readSlot(level.palette, slot, src, at, end)
      const r = search(k + 1, end + segs[k + 1].length, { ...acc, [slot.name]: read.codes }, [...problems, ...read.problems])
      if (r) return r
    }
    return null
  }
  if (!matchesAt(segs[0], 0)) throw new SolutionRefused([lockedProblem(prog, level.slots, src)])
  const found = search(0, segs[0].length, {}, [])
  if (found) {
    const counts = placementProblems(level, found.placements)
    if (counts.length) throw new SolutionRefused(counts.map((message) => ({ line: 0, message })))
    return found.placements
  }
  if (first) throw new SolutionRefused((first as Attempt).problems)
  throw new SolutionRefused([lockedProblem(prog, level.slots, src)])
}

function trimTrailingBlank(lines: string[]): string[] {
  let n = lines.length
  while (n > 0 && lines[n - 1].trim() === '') n--
  return lines.slice(0, n)
}

/// The statements between two locked runs, or why they are not palette statements.
function readSlot(palette: readonly PaletteEntry[], slot: Slot, src: string[], from: number, to: number): { codes: string[]; problems: SolutionProblem[] } {
  const codes: string[] = []
  const problems: SolutionProblem[] = []
  const entries = palette.map((e) => ({ code: e.code, lines: codeLines(e.code) })).sort((a, b) => b.lines.length - a.lines.length)
  let i = from
  while (i < to) {
    if (src[i].trim() === '') { i++; continue }
    if (!src[i].startsWith(slot.indent) || /^\s/.test(src[i].slice(slot.indent.length))) {
      problems.push({ line: i + 1, message: `'${src[i].trim()}' must be indented like the slot it is in (${slot.indent.length} spaces)` })
      i++
      continue
    }
    const hit = entries.find((e) => e.lines.every((l, j) => i + j < to && src[i + j] === (l === '' ? '' : slot.indent + l)))
    if (!hit) {
      problems.push({ line: i + 1, message: `'${src[i].trim()}' is not a statement of the palette` })
      i++
      continue
    }
    codes.push(hit.code)
    i += hit.lines.length
  }
  return { codes, problems }
}

/// The first locked line that is missing or changed, for a refusal.
function lockedProblem(prog: string[], slots: readonly Slot[], src: string[]): SolutionProblem {
  const slotLines = new Set(slots.map((s) => s.index))
  let at = 0
  for (let i = 0; i < prog.length; i++) {
    if (slotLines.has(i)) continue
    const j = src.indexOf(prog[i], at)
    if (j < 0) {
      const line = Math.min(at + 1, Math.max(src.length, 1))
      return { line, message: `the locked line ${i + 1} '${prog[i].trim()}' was changed or removed (locked lines cannot be edited)` }
    }
    at = j + 1
  }
  return { line: 0, message: 'the program was changed outside its slots (locked lines cannot be edited)' }
}
