/// The editor's document for a level: the program with each slot showing
/// its placed statements, or one blank line when empty. Also maps lines of
/// the program that runs (empty slots dropped) to lines of the document,
/// and document lines back to slots. Pure data.

import type { PlaceView } from '../../../electron/ipc/contract.ts'

export type Placements = Readonly<Record<string, readonly string[]>>

export interface DocLine {
  /// The slot this document line belongs to, or null for a locked line.
  readonly slot: string | null
  /// Which of the slot's statements it shows (null: the empty slot's blank line).
  readonly item: number | null
}

export interface ProgramDoc {
  readonly text: string
  /// One entry per document line (index 0 is line 1).
  readonly lines: readonly DocLine[]
  /// Document line (1-based) of each line of the program that runs (index 0 is line 1).
  readonly runToDoc: readonly number[]
  readonly places: readonly { readonly name: string; readonly line: number; readonly filled: boolean }[]
}

/// Builds the document of `lines` with `placements` put into `places`.
export function buildDoc(lines: readonly string[], places: readonly PlaceView[], placements: Placements): ProgramDoc {
  const out: string[] = []
  const meta: DocLine[] = []
  const runToDoc: number[] = []
  const docPlaces: ProgramDoc['places'][number][] = []
  lines.forEach((text, i) => {
    const place = places.find((p) => p.index === i)
    if (!place) {
      out.push(text)
      meta.push({ slot: null, item: null })
      runToDoc.push(out.length)
      return
    }
    const items = placements[place.name] ?? []
    docPlaces.push({ name: place.name, line: out.length + 1, filled: items.length > 0 })
    if (items.length === 0) {
      out.push(place.indent)
      meta.push({ slot: place.name, item: null })
      return
    }
    items.forEach((code, k) => {
      for (const l of code.replace(/\s+$/, '').split('\n')) {
        out.push(l.trim() === '' ? '' : place.indent + l)
        meta.push({ slot: place.name, item: k })
        runToDoc.push(out.length)
      }
    })
  })
  return { text: out.join('\n') + '\n', lines: meta, runToDoc, places: docPlaces }
}

/// The slot at or nearest above a document line (where a drop or a key on that line places).
export function slotNear(doc: ProgramDoc, line: number): string | null {
  const here = doc.lines[line - 1]
  if (here?.slot) return here.slot
  // a drop one line off still finds the slot
  let best: { name: string; d: number } | null = null
  for (const p of doc.places) {
    const d = Math.abs(p.line - line)
    if (d <= 1 && (!best || d < best.d)) best = { name: p.name, d }
  }
  return best?.name ?? null
}

/// How many times each palette statement is placed.
export function usedCounts(placements: Placements): Map<string, number> {
  const used = new Map<string, number>()
  for (const codes of Object.values(placements)) for (const c of codes) used.set(c, (used.get(c) ?? 0) + 1)
  return used
}

/// Placements with `code` added to the end of `slot`.
export function place(p: Placements, slot: string, code: string): Placements {
  return { ...p, [slot]: [...(p[slot] ?? []), code] }
}

/// Placements with the statement on document line `line` taken out (unchanged for a locked line).
export function removeAt(p: Placements, doc: ProgramDoc, line: number): Placements {
  const m = doc.lines[line - 1]
  if (!m?.slot || m.item === null) return p
  const items = (p[m.slot] ?? []).filter((_, k) => k !== m.item)
  return { ...p, [m.slot]: items }
}
