/// `kitchen pack build DIR -o FILE.kitchenpack` and `kitchen pack check
/// FILE.kitchenpack`: a teacher's level pack, built from a folder (pack.yaml
/// and *.level.yaml) or checked as the app checks it when it opens one, with
/// every level's solutions judged. Exit 0 when the pack is good, 1 when it
/// is refused (every problem printed), 2 for bad usage.

import { writeAtomic } from '../host/store.ts'
import { buildPack, readPackFile, PackError, PACK_EXT, MANIFEST, type Pack } from '../host/pack.ts'
import { UsageError, parseFlags } from './flags.ts'

export const PACK_USAGE = `       kitchen pack build DIR -o FILE${PACK_EXT}
       kitchen pack check FILE${PACK_EXT}`

function summary(p: Pack): string {
  const f = p.file
  const chapters = f.chapters.length
  return `${f.title} by ${f.author}, version ${f.packVersion} (id ${f.id}): ${p.levels.length} level${p.levels.length === 1 ? '' : 's'} in ${chapters} chapter${chapters === 1 ? '' : 's'}`
}

export function cmdPack(argv: string[]): number {
  const [sub, ...rest] = argv
  if (sub !== 'build' && sub !== 'check') throw new UsageError(sub === undefined ? 'pack needs a subcommand: build or check' : `unknown pack subcommand '${sub}' (known: build, check)`)
  const flags = parseFlags(rest, new Set(sub === 'build' ? ['out'] : []), new Set(), { '-o': 'out' })
  if (flags.positional.length !== 1) throw new UsageError(sub === 'build' ? `pack build needs one folder (with ${MANIFEST} and the level files)` : `pack check needs one ${PACK_EXT} file`)
  const out = flags.values.get('out')
  if (sub === 'build' && (!out || !out.endsWith(PACK_EXT))) throw new UsageError(`pack build needs -o FILE${PACK_EXT}`)
  try {
    if (sub === 'build') {
      const { text, pack } = buildPack(flags.positional[0])
      writeAtomic(out!, text)
      process.stdout.write(`built ${out}: ${summary(pack)}\n`)
    } else {
      const pack = readPackFile(flags.positional[0], { judge: true })
      for (const l of pack.levels) process.stdout.write(`ok  ${l.id}: chapter ${l.chapter}, ${l.title}\n`)
      process.stdout.write(`${flags.positional[0]}: ${summary(pack)}, every reference and wrong solution judged as declared\n`)
    }
    return 0
  } catch (e) {
    if (!(e instanceof PackError)) throw e
    for (const p of e.problems) process.stderr.write(p + '\n')
    process.stderr.write(`${sub === 'build' ? 'not built' : 'refused'}: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}\n`)
    return 1
  }
}
