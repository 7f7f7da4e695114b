/// `kitchen export LEVEL --solution FIX.py -o DIR`: the player's program and
/// the kitchen module for CPython, so `python3 DIR/<level>.py` runs it.

import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSolution, SolutionRefused } from '../levels/index.ts'
import { UsageError, parseFlags, writeAtomic } from './flags.ts'
import { resolveLevel, readSolution } from './levelarg.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
const KITCHEN_PY = [join(HERE, '..', 'engine', 'lib', 'cpython', 'kitchen.py'), join(HERE, '..', '..', 'electron', 'engine', 'lib', 'cpython', 'kitchen.py')]
  .find((p) => existsSync(p)) ?? join(HERE, '..', 'engine', 'lib', 'cpython', 'kitchen.py')

export function cmdExport(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['solution', 'o', 'out']), new Set(), { '-o': 'out' })
  if (flags.positional.length !== 1) throw new UsageError('export needs exactly one level (a file or an id)')
  const out = flags.values.get('out') ?? flags.values.get('o')
  if (!out) throw new UsageError('export needs -o DIR')
  const level = resolveLevel(flags.positional[0])
  const source = readSolution(flags.values.get('solution'))
  try {
    checkSolution(level, source)
  } catch (e) {
    if (!(e instanceof SolutionRefused)) throw e
    process.stderr.write(`kitchen: this is not a solution of '${level.id}':\n${e.message}\n`)
    return 1
  }
  mkdirSync(out, { recursive: true })
  const program = join(out, `${level.id.replace(/-/g, '_')}.py`)
  writeAtomic(program, source.endsWith('\n') ? source : source + '\n')
  writeAtomic(join(out, 'kitchen.py'), readFileSync(KITCHEN_PY, 'utf8'))
  process.stdout.write(`wrote ${program} and ${join(out, 'kitchen.py')}; run it with: python3 ${program}\n`)
  return 0
}
