/// Command-line flags for the `kitchen` subcommands: `--name value` or
/// `--name=value`, unknown names refused; and the atomic file write they share.

import { writeFileSync, renameSync } from 'node:fs'

export class UsageError extends Error {}

export interface Flags {
  readonly positional: string[]
  readonly values: Map<string, string>
}

/// `switches` are flags without a value (`--json`): they map to 'true'.
export function parseFlags(argv: string[], known: Set<string>, switches: Set<string> = new Set()): Flags {
  const positional: string[] = []
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) { positional.push(a); continue }
    const [name, inline] = a.slice(2).split('=', 2)
    if (switches.has(name)) { values.set(name, 'true'); continue }
    if (!known.has(name)) throw new UsageError(`unknown option --${name}`)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`--${name} needs a value`)
    values.set(name, value)
  }
  return { positional, values }
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

