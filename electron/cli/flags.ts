/// Command-line flags shared by the `kitchen` subcommands.

import { writeFileSync, renameSync } from 'node:fs'

/// Bad usage: the CLI prints it with the usage text and exits 2.
export class UsageError extends Error {}

export interface Flags {
  readonly positional: string[]
  readonly values: Map<string, string>
  /// Flags given without a value (listed in `switches`).
  readonly switches: Set<string>
}

/// Parses `--name value`, `--name=value`, `-o value` (short names map through `aliases`) and bare switches.
export function parseFlags(argv: string[], known: Set<string>, switches: Set<string> = new Set(), aliases: Record<string, string> = {}): Flags {
  const positional: string[] = []
  const values = new Map<string, string>()
  const on = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const alias = aliases[a]
    if (!a.startsWith('--') && !alias) { positional.push(a); continue }
    const [name, inline] = alias ? [alias, undefined] : a.slice(2).split('=', 2)
    // a switch is also in `values` as 'true', for callers that read it there
    if (switches.has(name) && inline === undefined) { on.add(name); values.set(name, 'true'); continue }
    if (!known.has(name)) throw new UsageError(`unknown option --${name}`)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`--${name} needs a value`)
    values.set(name, value)
  }
  return { positional, values, switches: on }
}

export function intFlag(flags: Flags, name: string, dflt: number): number {
  const v = flags.values.get(name)
  if (v === undefined) return dflt
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer, not '${v}'`)
  return n
}

/// Writes a file so that a crash never leaves half of it.
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}
