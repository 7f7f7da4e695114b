/// Where the host's worker threads start: the bundled entry when the host
/// itself runs from the bundle (the app), else the TypeScript source, which
/// worker-boot.mjs loads through tsx (tests and development).

import { existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/// The script every host worker is started with (`workerData.entry` names the real entry).
export const WORKER_BOOT = join(ROOT, 'electron', 'host', 'worker-boot.mjs')

/// The entry `source` (a path under electron/, ending in .ts) as a URL for
/// `workerData.entry`: its bundle under dist/ (same path, .mjs) when running bundled.
export function workerEntry(source: string): string {
  const bundled = join(ROOT, 'dist', source.replace(/\.ts$/, '.mjs'))
  const fromBundle = fileURLToPath(import.meta.url).endsWith('.mjs')
  if (fromBundle && existsSync(bundled)) return pathToFileURL(bundled).href
  return pathToFileURL(join(ROOT, 'electron', source)).href
}
