/// Files the app keeps for the player (progress, settings, runs), written
/// so that a crash or a kill never loses or corrupts what was saved: write
/// a temporary file beside the target, flush it to disk, rename it over the
/// target (atomic on one file system), then flush the folder.

import { openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync, existsSync, mkdirSync, unlinkSync } from 'node:fs'
import { dirname, basename, join } from 'node:path'

/// Writes `text` to `path` atomically (write, fsync, rename, fsync folder).
export function writeAtomic(path: string, text: string): void {
  const dir = dirname(path)
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(tmp, path)
  } catch (e) {
    try { unlinkSync(tmp) } catch { /* already gone */ }
    throw e
  }
  // the rename itself is durable only once the folder is flushed (not on Windows)
  if (process.platform !== 'win32') {
    const dfd = openSync(dir, 'r')
    try { fsyncSync(dfd) } finally { closeSync(dfd) }
  }
}

/// What reading a JSON file gave: the value, or the default with a note
/// when the file was damaged (kept aside as `<name>.damaged-<time>`).
export interface Loaded<T> {
  readonly value: T
  readonly recovered: string | null
}

/// Reads a JSON file; a missing file gives `fallback`, a damaged one (not
/// JSON, or refused by `check`) is moved aside and gives `fallback` with a
/// message saying what happened.
export function readJson<T>(path: string, fallback: T, check: (v: unknown) => string | null): Loaded<T> {
  if (!existsSync(path)) return { value: fallback, recovered: null }
  const text = readFileSync(path, 'utf8')
  let problem: string | null
  let value: unknown = null
  try {
    value = JSON.parse(text)
    problem = check(value)
  } catch (e) {
    problem = `not JSON (${(e as Error).message})`
  }
  if (problem === null) return { value: value as T, recovered: null }
  const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
  renameSync(path, aside)
  return { value: fallback, recovered: `${basename(path)} was damaged (${problem}); it was kept as ${basename(aside)} and a fresh one started` }
}
