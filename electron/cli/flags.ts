/// Command-line flags shared by the `kitchen` subcommands.

import { readFileSync, writeFileSync, renameSync } from 'node:fs'

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

/// `--durations J` (and `--timeouts-vary`): durations as ranges for the
/// inspector; `--durations 0` asks for exact ones. Undefined when not given.
export function durationsFlag(flags: Flags): { jitter: number; timeouts: boolean } | undefined {
  const v = flags.values.get('durations')
  if (v === undefined) {
    if (flags.switches.has('timeouts-vary')) throw new UsageError('--timeouts-vary needs --durations J')
    return undefined
  }
  const j = Number(v)
  if (v.trim() === '' || !(j >= 0 && j < 1)) throw new UsageError(`--durations must be a number at least 0 and below 1 (each duration d may take d·(1-J) to d·(1+J)), not '${v}'`)
  return { jitter: j, timeouts: flags.switches.has('timeouts-vary') }
}

/// Writes a file so that a crash never leaves half of it.
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

/// A program's source, or null after saying (as python3 does) that it cannot be opened.
export function readProgram(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    process.stderr.write(`kitchen: can't open file '${file}': [Errno 2] No such file or directory\n`)
    return null
  }
}
