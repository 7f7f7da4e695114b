// Level packs for the tests: a folder built from two of the game's levels
// (with a manifest), and its .kitchenpack text.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPack } from '../../electron/host/pack.ts'

export const ROOT = join(import.meta.dirname, '..', '..')
export const MANIFEST = 'id: school-kitchen\ntitle: The school kitchen\nauthor: Ms. Rivera\nversion: "1.2"\ndescription: Two levels for class 10B.\n'

/// A pack folder with the dessert and closing-time levels.
export function packDir(manifest = MANIFEST): string {
  const dir = mkdtempSync(join(tmpdir(), 'kitchen-pack-'))
  copyFileSync(join(ROOT, 'levels', '01-01-dessert.level.yaml'), join(dir, '01-01-dessert.level.yaml'))
  copyFileSync(join(ROOT, 'levels', '03-03-closing-time.level.yaml'), join(dir, '03-03-closing-time.level.yaml'))
  writeFileSync(join(dir, 'pack.yaml'), manifest)
  return dir
}

let built: string | null = null
/// The text of the pack built from `packDir()` (built once).
export function packText(): string {
  built ??= buildPack(packDir()).text
  return built
}
