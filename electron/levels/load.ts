/// Reads level files: YAML with the program in a block scalar. Every problem
/// (YAML syntax, schema, slots, palette, placements, Python syntax) is
/// reported at file:line:column of the node that causes it.

import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseDocument, LineCounter, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Scalar } from 'yaml'
import { parse } from '../engine/front/parse.ts'
import { PySyntaxError } from '../engine/front/syntax-error.ts'
import { schemaProblems } from './schema.ts'
import { LevelError, type LevelProblem } from './errors.ts'
import { findSlots, programWithEmptySlots, normalizePlacements, placementProblems } from './program.ts'
import type { Level, SolutionSpec, PaletteEntry, Placements } from './types.ts'
import type { Goals, VerdictKind } from '../judge/types.ts'
import type { Durations } from '../inspect/api.ts'

/// Files the loader reads from a levels folder.
export const LEVEL_FILE = /\.level\.ya?ml$/

class Positions {
  constructor(readonly file: string, readonly text: string, readonly lc: LineCounter, readonly doc: Document) {}

  at(offset: number, message: string): LevelProblem {
    const { line, col } = this.lc.linePos(Math.min(offset, this.text.length))
    return { file: this.file, line, column: col, message }
  }

  node(path: readonly (string | number)[]): YamlNode | null {
    for (let n = path.length; n >= 0; n--) {
      const node = path.length === 0 || n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true)
      if (node && typeof node === 'object' && 'range' in node && (node as YamlNode).range) return node as YamlNode
    }
    return null
  }

  /// The position of the node at `path` (or of the key `key` inside it).
  of(path: readonly (string | number)[], message: string, key?: string): LevelProblem {
    const node = this.node(path)
    if (key !== undefined && node && isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === key)
      if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0], message)
    }
    return this.at(node?.range?.[0] ?? 0, message)
  }

  /// Where line `i` (0-based), column `col` (0-based) of a string scalar is in the file.
  inScalar(path: readonly (string | number)[], i: number, col: number, message: string): LevelProblem {
    const node = this.node(path)
    if (!node || !isScalar(node) || !node.range) return this.of(path, message)
    const s = node as Scalar
    if (s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') {
      const b = blockStart(this.text, this.lc, s.range![0])
      return { file: this.file, line: b.line + i, column: b.indent + col + 1, message }
    }
    // a flow scalar is one line here: a problem past its end is at its end
    const text = String(s.value)
    if (i > 0 && !text.includes('\n')) { i = 0; col = text.length }
    const start = this.lc.linePos(s.range![0])
    const quote = s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE' ? 1 : 0
    return { file: this.file, line: start.line + i, column: i === 0 ? start.col + quote + col : col + 1, message }
  }
}

/// First content line (1-based) and indentation of a block scalar whose header is at `offset`.
function blockStart(text: string, lc: LineCounter, offset: number): { line: number; indent: number } {
  const header = lc.linePos(offset).line
  const lines = text.split('\n')
  let indent = 0
  for (let l = header; l < lines.length; l++) {
    if (lines[l].trim() === '') continue
    indent = /^ */.exec(lines[l])![0].length
    break
  }
  return { line: header + 1, indent }
}

/// Parses a level file's text. Throws LevelError listing every problem.
export function parseLevel(text: string, file: string): Level {
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false })
  const pos = new Positions(file, text, lc, doc)
  const problems: LevelProblem[] = []
  for (const e of doc.errors) problems.push(pos.at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`))
  if (problems.length) throw new LevelError(problems)
  if (!isMap(doc.contents)) throw new LevelError([pos.at(0, 'a level file is a YAML mapping of fields (id: ..., title: ..., program: |, ...)')])
  const data = doc.toJS() as Record<string, unknown>
  for (const p of schemaProblems(data)) problems.push(pos.of(p.path, p.message, p.key))
  if (problems.length) throw new LevelError(sortProblems(problems))

  const d = data as unknown as RawLevel
  // the program: a block scalar, slots, Python syntax
  const progNode = doc.get('program', true) as Scalar
  if (progNode.type !== 'BLOCK_LITERAL') problems.push(pos.of(['program'], "program must be a literal block scalar: write 'program: |' and the code indented below it"))
  const lines = d.program.replace(/\n$/, '').split('\n')
  const slots = findSlots(lines)
  const names = new Set<string>()
  for (const s of slots) {
    if (names.has(s.name)) problems.push(pos.inScalar(['program'], s.index, s.indent.length, `slot '${s.name}' is named twice`))
    names.add(s.name)
  }
  if (slots.length === 0) problems.push(pos.of(['program'], "program has no slot: mark each place the player fills with a line '# slot' or '# slot: NAME'"))
  try {
    parse(programWithEmptySlots(lines, slots), 'program.py')
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    problems.push(pos.inScalar(['program'], e.line - 1, e.col, `program does not parse: ${e.excType}: ${e.pyMessage}`))
  }
  const palette: PaletteEntry[] = d.palette.map((p) => ({ code: p.code.replace(/\s+$/, ''), count: p.count ?? 1, ...(p.label ? { label: p.label } : {}) }))
  palette.forEach((p, i) => {
    if (palette.findIndex((q) => q.code === p.code) !== i) problems.push(pos.of(['palette', i, 'code'], `palette statement '${p.code}' is listed twice: give it a count instead`))
    try {
      parse(p.code + '\n', 'palette.py')
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e
      problems.push(pos.inScalar(['palette', i, 'code'], e.line - 1, e.col, `palette statement does not parse: ${e.excType}: ${e.pyMessage}`))
    }
  })
  const shape = { slots, palette }
  const solution = readSolution(d.solution, ['solution'], 'reference solution', 'pass', pos, shape, problems)
  const wrong = d.wrong.map((w, i) => readSolution(w, ['wrong', i], w.name, w.verdict, pos, shape, problems))
  if (problems.length) throw new LevelError(sortProblems(problems))
  const b = blockStart(text, lc, progNode.range![0])
  const positions: Record<string, { file: string; line: number; column: number }> = {}
  for (const key of Object.keys(data)) {
    const p = pos.of([key], '')
    positions[key] = { file, line: p.line, column: p.column }
  }
  return {
    id: d.id, chapter: d.chapter, chapterTitle: d.chapterTitle, order: d.order, title: d.title,
    story: d.story.trim(), idea: d.idea.trim(),
    program: { text: lines.join('\n') + '\n', lines, firstLine: b.line, indent: b.indent },
    slots, palette, goals: d.goals, par: d.par, hints: d.hints,
    solution, wrong, seed: d.seed ?? 1, inspect: { bound: d.inspect?.bound ?? 2, durations: d.inspect?.durations ?? null }, file, positions,
  }
}

interface RawSolution { name?: string; placements?: Record<string, string | string[]>; program?: string; verdict?: VerdictKind; caughtBy?: 'inspector' }
interface RawLevel {
  id: string; chapter: number; chapterTitle: string; order: number; title: string; idea: string; story: string
  program: string; palette: { code: string; count?: number; label?: string }[]; goals: Goals
  par: { time: number; statements: number }; hints: string[]; solution: RawSolution; wrong: (RawSolution & { name: string; verdict: VerdictKind })[]
  seed?: number; inspect?: { bound?: number; durations?: Durations }
}

function readSolution(raw: RawSolution, path: (string | number)[], name: string, verdict: VerdictKind, pos: Positions,
  shape: Pick<Level, 'slots' | 'palette'>, problems: LevelProblem[]): SolutionSpec {
  const where = pos.of(path, '')
  const has = (raw.placements !== undefined ? 1 : 0) + (raw.program !== undefined ? 1 : 0)
  if (has !== 1) problems.push(pos.of(path, `${name}: give either 'placements' or 'program' (exactly one)`))
  let placements: Placements | undefined
  if (raw.placements) {
    placements = normalizePlacements(raw.placements)
    for (const [slot, codes] of Object.entries(placements)) {
      const slotPath = [...path, 'placements', slot]
      if (!shape.slots.some((s) => s.name === slot)) { problems.push(pos.of([...path, 'placements'], `${name}: there is no slot '${slot}' (slots: ${shape.slots.map((s) => s.name).join(', ')})`, slot)); continue }
      codes.forEach((code, j) => {
        const p = typeof raw.placements![slot] === 'string' ? slotPath : [...slotPath, j]
        if (!shape.palette.some((e) => e.code.trim() === code.trim())) problems.push(pos.of(p, `${name}: '${code.trim()}' is not in the palette`))
      })
    }
    if (!problems.some((p) => p.message.startsWith(`${name}:`))) {
      for (const m of placementProblems(shape, placements)) problems.push(pos.of([...path, 'placements'], `${name}: ${m}`))
    }
  }
  return { name, verdict, pos: { file: where.file, line: where.line, column: where.column }, ...(raw.caughtBy ? { caughtBy: raw.caughtBy } : {}),
    ...(placements ? { placements } : {}), ...(raw.program !== undefined ? { program: raw.program } : {}) }
}

function sortProblems(ps: LevelProblem[]): LevelProblem[] {
  return ps.slice().sort((a, b) => a.line - b.line || a.column - b.column)
}

/// Reads one level file. Throws LevelError.
export function loadLevel(path: string, displayName = path): Level {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new LevelError([{ file: displayName, line: 1, column: 1, message: `cannot read the level file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }])
  }
  return parseLevel(text, displayName)
}

/// Reads every `*.level.yaml` in a folder, sorted by chapter, then order.
/// Throws LevelError with the problems of every file (and duplicate ids).
export function loadLevels(dir: string): Level[] {
  const files = readdirSync(dir).filter((f) => LEVEL_FILE.test(f)).sort()
  const levels: Level[] = []
  const problems: LevelProblem[] = []
  for (const f of files) {
    try {
      levels.push(loadLevel(join(dir, f), relative(process.cwd(), join(dir, f)) || f))
    } catch (e) {
      if (e instanceof LevelError) problems.push(...e.problems)
      else throw e
    }
  }
  return checkLevelSet(levels, problems)
}

/// Checks levels that are played together (a folder, a pack): ids unique,
/// one level per chapter and order, one title per chapter. Throws LevelError
/// with these and `problems` (found earlier); returns the levels in play order.
export function checkLevelSet(levels: Level[], problems: LevelProblem[] = []): Level[] {
  const byId = new Map<string, Level>()
  const bySpot = new Map<string, Level>()
  const titles = new Map<number, Level>()
  const at = (l: Level, field: string, message: string): LevelProblem => ({ ...(l.positions[field] ?? { file: l.file, line: 1, column: 1 }), message })
  for (const l of levels) {
    const other = byId.get(l.id)
    if (other) problems.push(at(l, 'id', `id '${l.id}' is also the id of ${other.file}`))
    byId.set(l.id, l)
    const spot = `${l.chapter}/${l.order}`
    const same = bySpot.get(spot)
    if (same) problems.push(at(l, 'order', `chapter ${l.chapter}, order ${l.order} is also taken by ${same.file}`))
    bySpot.set(spot, l)
    const first = titles.get(l.chapter)
    if (first && first.chapterTitle !== l.chapterTitle) problems.push(at(l, 'chapterTitle', `chapter ${l.chapter} is titled '${first.chapterTitle}' in ${first.file}, not '${l.chapterTitle}'`))
    if (!first) titles.set(l.chapter, l)
  }
  if (problems.length) throw new LevelError(problems)
  return levels.sort((a, b) => a.chapter - b.chapter || a.order - b.order)
}
