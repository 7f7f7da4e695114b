/// What the host needs from the levels: their views in order, how a
/// player's placements become a program, and the judge. The levels module
/// implements it; `NO_LEVELS` is the catalog of a host with none.

import type { LevelView, VerdictView } from '../ipc/contract.ts'
import type { RunResult } from '../engine/index.ts'

export interface Assembled {
  readonly source: string
  /// Statements the player placed (for par).
  readonly statements: number
  /// The seed of the level's live runs.
  readonly seed: number
}

/// How far the inspector has got with a run being judged.
export interface JudgeProgress {
  readonly schedules: number
  readonly bound: number
}

export interface LevelCatalog {
  levels(): readonly LevelView[]
  /// The program of a level with the player's placements; throws an Error
  /// saying what is wrong (a locked line changed, a statement not in the palette).
  assemble(levelId: string, source: string, placements: Readonly<Record<string, readonly string[]>> | undefined): Assembled
  /// Statements a whole program placed in the level's slots (0 when it does not fit the level).
  statements(levelId: string, source: string): number
  /// The judge's verdict on a finished run of the level.
  /// `seed`: the run's, so that it can be replayed with every shared access traced.
  /// Aborting `signal` stops the judging: the promise rejects with JudgeStopped.
  /// `onProgress` hears how far the inspector has got (every 50 interleavings).
  judge(levelId: string, source: string, result: RunResult, statements: number, seed: number, signal?: AbortSignal, onProgress?: (p: JudgeProgress) => void): Promise<VerdictView>
}

export const NO_LEVELS: LevelCatalog = {
  levels: () => [],
  assemble: (id) => { throw new Error(`no level ${JSON.stringify(id)}`) },
  statements: () => 0,
  judge: (id) => Promise.reject(new Error(`no level ${JSON.stringify(id)}`)),
}
