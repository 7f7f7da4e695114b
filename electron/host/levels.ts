/// The levels the host offers, from the level files in a folder.
/// (Filled in when the levels module lands; until then, none.)

import { NO_LEVELS, type LevelCatalog } from './catalog.ts'

/// The catalog of the level files in `dir`.
export function loadCatalog(_dir: string): LevelCatalog {
  return NO_LEVELS
}
