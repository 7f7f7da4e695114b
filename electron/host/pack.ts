/// Level packs (.kitchenpack): a teacher's levels in one versioned JSON file
/// (docs/kitchenpack.md). Reading one checks, in order: JSON, format and
/// version, the schema (schemas/kitchenpack.schema.json), every level with
/// the level loader (problems at pack/level:line:column), the levels as a
/// set and against the pack's chapters, and, when asked, every reference and
/// known-wrong solution judged in the VM. Nothing in a pack runs anywhere else.

import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname, basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import ajvModule, { type ValidateFunction } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { parseLevel, checkLevelSet, checkLevelSolutions, formatProblem, LevelError, LEVEL_FILE, type Level, type LevelProblem } from '../levels/index.ts'

export const PACK_FORMAT_VERSION = 1
export const PACK_EXT = '.kitchenpack'
const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'kitchenpack.schema.json')
/// The manifest `kitchen pack build` reads beside the level files.
export const MANIFEST = 'pack.yaml'

export interface PackFile {
  readonly format: 'kitchenpack'
  readonly version: number
  readonly id: string
  readonly title: string
  readonly author: string
  readonly packVersion: string
  readonly description?: string
  readonly chapters: readonly { readonly number: number; readonly title: string }[]
  readonly levels: readonly { readonly file: string; readonly text: string }[]
}

/// A pack that was read and checked: its file and its levels in play order.
export interface Pack {
  readonly file: PackFile
  readonly levels: readonly Level[]
}

/// A pack that cannot be used: every problem found, each naming the pack
/// (and the level file and line:column when a level is at fault).
export class PackError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'))
  }
}

// ajv is CommonJS: under NodeNext its class is the default export's `default`
const Ajv = (ajvModule as unknown as { default: typeof ajvModule.default }).default
let validator: ValidateFunction | null = null

/// Line and column (1-based) of a character offset.
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before[before.length - 1].length + 1}`
}

export interface ReadOptions {
  /// Judge every level's reference and known-wrong solutions (in the VM).
  readonly judge?: boolean
  /// Where the level files are, for errors (default: inside the pack, `NAME/FILE`).
  readonly levelDir?: string
}

/// Reads and checks a pack's text; `name` is how errors name it. Throws PackError.
export function readPack(text: string, name: string, opts: ReadOptions = {}): Pack {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message)
    throw new PackError([`${name}${m ? `:${lineCol(text, Number(m[1]))}` : ''}: not JSON (${(e as Error).message})`])
  }
  const d = data as Record<string, unknown>
  if (typeof d !== 'object' || d === null || Array.isArray(d) || d.format !== 'kitchenpack') {
    throw new PackError([`${name}: not a level pack (its "format" is ${JSON.stringify(typeof d === 'object' && d ? d.format : d)}, not "kitchenpack")`])
  }
  if (d.version !== PACK_FORMAT_VERSION) {
    throw new PackError([`${name}: pack format version ${JSON.stringify(d.version)} is not supported (this kitchen reads version ${PACK_FORMAT_VERSION})`])
  }
  validator ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')))
  if (!validator(data)) {
    throw new PackError((validator.errors ?? []).slice(0, 8).map((e) => `${name}: ${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` ('${e.params.additionalProperty}')` : ''} (the pack schema)`))
  }
  const file = data as PackFile
  const problems: string[] = []
  const levels: Level[] = []
  const levelProblems: LevelProblem[] = []
  const files = new Set<string>()
  for (const [i, entry] of file.levels.entries()) {
    if (files.has(entry.file)) { problems.push(`${name}: /levels/${i}: a second level file named ${entry.file}`); continue }
    files.add(entry.file)
    try {
      levels.push(parseLevel(entry.text, `${opts.levelDir ?? name}/${entry.file}`))
    } catch (e) {
      if (e instanceof LevelError) levelProblems.push(...e.problems)
      else throw e
    }
  }
  try {
    checkLevelSet(levels, levelProblems)
  } catch (e) {
    if (!(e instanceof LevelError)) throw e
    problems.push(...e.problems.map(formatProblem))
  }
  if (problems.length) throw new PackError(problems)
  // every level belongs to one of the pack's chapters, and every chapter has levels
  const chapters = new Map<number, string>()
  for (const c of file.chapters) {
    if (chapters.has(c.number)) problems.push(`${name}: chapter ${c.number} is listed twice`)
    chapters.set(c.number, c.title)
  }
  for (const l of levels) {
    const at = (field: string): string => { const p = l.positions[field] ?? { file: l.file, line: 1, column: 1 }; return `${p.file}:${p.line}:${p.column}` }
    const title = chapters.get(l.chapter)
    if (title === undefined) problems.push(`${at('chapter')}: chapter ${l.chapter} is not one of the pack's chapters (${[...chapters.keys()].join(', ')})`)
    else if (title !== l.chapterTitle) problems.push(`${at('chapterTitle')}: chapter ${l.chapter} is titled '${title}' in the pack, not '${l.chapterTitle}'`)
  }
  for (const [n, title] of chapters) if (!levels.some((l) => l.chapter === n)) problems.push(`${name}: chapter ${n} '${title}' has no levels`)
  if (problems.length) throw new PackError(problems)
  if (opts.judge) {
    for (const l of levels) {
      for (const c of checkLevelSolutions(l)) if (c.problem) problems.push(formatProblem(c.problem))
    }
    if (problems.length) throw new PackError(problems)
  }
  return { file, levels } // checkLevelSet sorted them into play order
}

/// Reads a pack file from disk (the file's name names it in errors).
export function readPackFile(path: string, opts: ReadOptions = {}): Pack {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new PackError([`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`])
  }
  return readPack(text, basename(path), opts)
}

/// Builds a pack from a folder: `pack.yaml` (id, title, author, version,
/// description) and the `*.level.yaml` files beside it. The chapters come
/// from the levels. The result is checked as `readPack` checks it (with the
/// solutions judged) before it is returned: a pack that would be refused is
/// never written.
export function buildPack(dir: string): { text: string; pack: Pack } {
  const manifestPath = join(dir, MANIFEST)
  if (!existsSync(manifestPath)) throw new PackError([`${dir}: no ${MANIFEST} (the pack's id, title, author and version)`])
  let m: Record<string, unknown>
  try {
    m = parseYaml(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  } catch (e) {
    throw new PackError([`${manifestPath}: ${(e as Error).message}`])
  }
  if (typeof m !== 'object' || m === null) throw new PackError([`${manifestPath}: not a mapping of id, title, author, version`])
  const known = new Set(['id', 'title', 'author', 'version', 'description'])
  const unknown = Object.keys(m).filter((k) => !known.has(k))
  if (unknown.length) throw new PackError([`${manifestPath}: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${[...known].join(', ')})`])
  const names = readdirSync(dir).filter((f) => LEVEL_FILE.test(f)).sort()
  if (names.length === 0) throw new PackError([`${dir}: no *.level.yaml files`])
  const levels = names.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))
  // chapters from the levels' own chapter and chapterTitle (a level that does not parse is reported by readPack)
  const chapters = new Map<number, string>()
  for (const l of levels) {
    try {
      const y = parseYaml(l.text) as { chapter?: unknown; chapterTitle?: unknown }
      if (typeof y?.chapter === 'number' && typeof y.chapterTitle === 'string' && !chapters.has(y.chapter)) chapters.set(y.chapter, y.chapterTitle)
    } catch { /* readPack says where */ }
  }
  const file = {
    format: 'kitchenpack', version: PACK_FORMAT_VERSION,
    id: m.id, title: m.title, author: m.author, packVersion: typeof m.version === 'number' ? String(m.version) : m.version,
    ...(m.description !== undefined ? { description: m.description } : {}),
    chapters: [...chapters].sort((a, b) => a[0] - b[0]).map(([number, title]) => ({ number, title })),
    levels,
  }
  const text = JSON.stringify(file, null, 1) + '\n'
  return { text, pack: readPack(text, basename(dir) + PACK_EXT, { judge: true, levelDir: dir }) }
}
