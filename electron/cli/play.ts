/// `kitchen play LEVEL --solution FIX.py [--seed N] [--json]`: one live run of
/// a solution, its output as it happens, then the judge's verdict.
/// Exit 0 when the level is cleared, 1 when not.

import { judge } from '../levels/index.ts'
import { UsageError, parseFlags, intFlag } from './flags.ts'
import { resolveLevel, readSolution, verdictText } from './levelarg.ts'

export function cmdPlay(argv: string[]): number {
  const flags = parseFlags(argv, new Set(['solution', 'seed', 'max-steps']), new Set(['json']))
  if (flags.positional.length !== 1) throw new UsageError('play needs exactly one level (a file or an id)')
  const level = resolveLevel(flags.positional[0])
  const source = readSolution(flags.values.get('solution'))
  const json = flags.switches.has('json')
  const v = judge(level, source, {
    seed: intFlag(flags, 'seed', level.seed),
    maxSteps: flags.values.has('max-steps') ? intFlag(flags, 'max-steps', 0) : undefined,
    onOutput: json ? undefined : (text, toStderr) => (toStderr ? process.stderr : process.stdout).write(text),
  })
  if (json) {
    const { run, ...verdict } = v
    process.stdout.write(JSON.stringify({ level: level.id, ...verdict, stdout: run?.stdout ?? '', stderr: run?.stderr ?? '' }, null, 2) + '\n')
  } else {
    process.stdout.write(`\n${level.title}: ` + verdictText(v))
  }
  return v.passed ? 0 : 1
}
