/// The player's progress: which levels are cleared, with the best kitchen
/// time and statement count of each. Plain data; `recordClear` returns a
/// new value.

export interface Best {
  readonly time: number
  readonly statements: number
}

export interface Progress {
  readonly version: 1
  readonly cleared: Readonly<Record<string, Best>>
}

export const EMPTY_PROGRESS: Progress = { version: 1, cleared: {} }

/// Null when `v` is a progress file's content, else what is wrong with it.
export function checkProgress(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'not an object'
  const p = v as Record<string, unknown>
  if (p.version !== 1) return `version ${JSON.stringify(p.version)} is not 1`
  if (typeof p.cleared !== 'object' || p.cleared === null || Array.isArray(p.cleared)) return '"cleared" is not an object'
  for (const [id, b] of Object.entries(p.cleared)) {
    const best = b as Record<string, unknown>
    if (typeof best !== 'object' || best === null || typeof best.time !== 'number' || typeof best.statements !== 'number') return `level ${id}: best is not {time, statements}`
  }
  return null
}

/// Progress after clearing `id` with this time and count (keeps the best of each).
export function recordClear(p: Progress, id: string, time: number, statements: number): Progress {
  const old = p.cleared[id]
  const best = old ? { time: Math.min(old.time, time), statements: Math.min(old.statements, statements) } : { time, statements }
  return { ...p, cleared: { ...p.cleared, [id]: best } }
}
