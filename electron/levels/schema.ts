/// Checks a level's data against the published schema
/// (`schemas/level.schema.json`) and says where each problem is, as a path
/// into the data (`palette/0/count`) and a message a teacher understands.

import { readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import ajvModule, { type ValidateFunction, type ErrorObject } from 'ajv'

export const LEVEL_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'level.schema.json')

// ajv is CommonJS: under NodeNext its class is the default export's `default`
const Ajv = (ajvModule as unknown as { default: typeof ajvModule.default }).default
let validator: ValidateFunction | null = null

export interface SchemaProblem {
  /// Path to the offending value (keys and array indexes).
  readonly path: readonly (string | number)[]
  /// When the problem is a key (an unknown field), the key's name.
  readonly key?: string
  readonly message: string
}

function segments(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function where(path: readonly (string | number)[]): string {
  return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : 'the level'
}

function message(e: ErrorObject, path: (string | number)[]): SchemaProblem {
  const at = where(path)
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required': return { path, message: `${at}: missing required field '${p.missingProperty}'` }
    case 'additionalProperties': return { path, key: String(p.additionalProperty), message: `${at}: unknown field '${p.additionalProperty}'` }
    case 'enum': return { path, message: `${at}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` }
    case 'type': return { path, message: `${at}: must be ${p.type === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(String(p.type)) ? 'n' : ''} ${p.type}`}` }
    case 'pattern':
      if (path[path.length - 1] === 'id') return { path, message: `${at}: must be lowercase letters, digits and dashes` }
      return { path, message: `${at}: must be an action and a dish, like 'bake dessert' (actions: cook, bake, chop, plate, serve)` }
    case 'anyOf': return { path, message: `${at}: must be a statement or a list of statements` }
    case 'minItems': return { path, message: `${at}: needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}` }
    case 'minLength': return { path, message: `${at}: must not be empty` }
    case 'minProperties': return { path, message: `${at}: needs at least one goal` }
    default: return { path, message: `${at}: ${e.message}` }
  }
}

/// Problems with the data's shape, one per offending node.
export function schemaProblems(data: unknown): SchemaProblem[] {
  validator ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(LEVEL_SCHEMA_PATH, 'utf8')))
  if (validator(data)) return []
  const errors = validator.errors ?? []
  // an anyOf explains itself: drop its branches' errors at the same place
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))
  const out: SchemaProblem[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && [...anyOfAt].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))) continue
    const pr = message(e, segments(e.instancePath))
    if (seen.has(pr.message)) continue
    seen.add(pr.message)
    out.push(pr)
  }
  return out
}
