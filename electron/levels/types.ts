/// A level as the loader hands it to the judge, the CLI and the app.

import type { Goals, VerdictKind } from '../judge/types.ts'
import type { Durations } from '../inspect/api.ts'

/// Where a value came from in the level file (1-based line and column).
export interface SourcePos {
  readonly file: string
  readonly line: number
  readonly column: number
}

/// An editable place in the program: a `# slot` (or `# slot: NAME`) line.
export interface Slot {
  readonly name: string
  /// 0-based index of the marker line in `Level.program.lines`.
  readonly index: number
  /// The indentation placed statements get (the marker's own).
  readonly indent: string
}

/// A statement the player may place, and how many times.
export interface PaletteEntry {
  /// The statement's text without indentation; several lines for a block.
  readonly code: string
  readonly count: number
  /// A few words for the palette's tooltip (optional).
  readonly label?: string
}

/// Which palette statements go into which slot, in order: slot name → codes.
export type Placements = Readonly<Record<string, readonly string[]>>

/// A solution written in the level file: placements, or a whole program.
export interface SolutionSpec {
  readonly name: string
  readonly placements?: Placements
  readonly program?: string
  /// What the judge must say about it (`pass` for the reference solution).
  readonly verdict: VerdictKind
  /// 'inspector': a live run passes; only the inspector finds the failing run.
  readonly caughtBy?: 'inspector'
  readonly pos: SourcePos
}

export interface Level {
  readonly id: string
  readonly chapter: number
  readonly chapterTitle: string
  /// Position within the chapter.
  readonly order: number
  readonly title: string
  readonly story: string
  /// The one idea the level teaches, in a sentence.
  readonly idea: string
  readonly program: {
    /// The program as written, slot markers included.
    readonly text: string
    readonly lines: readonly string[]
    /// File line of the program's first line (for errors).
    readonly firstLine: number
    /// Column offset of the block's indentation in the file (0-based).
    readonly indent: number
  }
  readonly slots: readonly Slot[]
  readonly palette: readonly PaletteEntry[]
  readonly goals: Goals
  readonly par: { readonly time: number; readonly statements: number }
  readonly hints: readonly string[]
  readonly solution: SolutionSpec
  readonly wrong: readonly SolutionSpec[]
  /// Run settings: the seed of live runs, the inspector's preemption bound
  /// and, when the level asks for them, durations as ranges (else null).
  readonly seed: number
  readonly inspect: { readonly bound: number; readonly durations: Durations | null }
  readonly file: string
  /// Where each top-level field's value is in the file (for errors that involve several levels).
  readonly positions: Readonly<Record<string, SourcePos>>
}
