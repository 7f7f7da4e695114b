/// The program editor: CodeMirror 6 with Python highlighting. Locked lines
/// never change: the only edits are placements (statements put into or
/// taken out of a level's places), made by `setPlacement`. Decorations
/// (places, the judge's marks, each thread's current line) are state,
/// changed by effects.

import { EditorState, StateEffect, StateField, Annotation, RangeSetBuilder, type Extension } from '@codemirror/state'
import { EditorView, Decoration, WidgetType, keymap, lineNumbers, type DecorationSet } from '@codemirror/view'
import { python } from '@codemirror/lang-python'
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language'
import type { Mark } from '../../../electron/ipc/contract.ts'

/// What the editor marks: places (by line), the judge's marks, and where each thread is.
export interface EditorMarks {
  readonly places: readonly { readonly line: number; readonly filled: boolean }[]
  readonly marks: readonly Mark[]
  readonly threads: readonly { readonly line: number; readonly colour: string; readonly name: string }[]
}

const setMarks = StateEffect.define<EditorMarks>()
const placement = Annotation.define<boolean>()

class PlaceHint extends WidgetType {
  constructor(readonly text: string) { super() }
  eq(o: PlaceHint): boolean { return o.text === this.text }
  toDOM(): HTMLElement {
    const s = document.createElement('span')
    s.className = 'cm-place-hint'
    s.textContent = this.text
    return s
  }
}

class MarkNote extends WidgetType {
  constructor(readonly text: string, readonly kind: string) { super() }
  eq(o: MarkNote): boolean { return o.text === this.text && o.kind === this.kind }
  toDOM(): HTMLElement {
    const s = document.createElement('div')
    s.className = `cm-mark-note cm-mark-note-${this.kind}`
    s.textContent = `↑ ${this.text}`
    return s
  }
}

function decorate(state: EditorState, m: EditorMarks): DecorationSet {
  const byLine = new Map<number, { classes: string[]; widgets: WidgetType[]; notes: WidgetType[]; style: string }>()
  const at = (n: number) => {
    if (!byLine.has(n)) byLine.set(n, { classes: [], widgets: [], notes: [], style: '' })
    return byLine.get(n)!
  }
  for (const p of m.places) {
    if (p.line < 1 || p.line > state.doc.lines) continue
    const d = at(p.line)
    d.classes.push(p.filled ? 'cm-place cm-place-filled' : 'cm-place cm-place-empty')
    if (!p.filled) d.widgets.push(new PlaceHint('drop or place a statement here'))
  }
  for (const mk of m.marks) {
    if (mk.line < 1 || mk.line > state.doc.lines) continue
    const d = at(mk.line)
    d.classes.push(`cm-mark cm-mark-${mk.kind}`)
    d.notes.push(new MarkNote(mk.message, mk.kind))
  }
  for (const t of m.threads) {
    if (t.line < 1 || t.line > state.doc.lines) continue
    const d = at(t.line)
    d.classes.push('cm-thread-line')
    d.style += `box-shadow: inset 4px 0 0 ${t.colour};`
  }
  const b = new RangeSetBuilder<Decoration>()
  for (const n of [...byLine.keys()].sort((a, c) => a - c)) {
    const line = state.doc.line(n)
    const d = byLine.get(n)!
    b.add(line.from, line.from, Decoration.line({ class: d.classes.join(' '), attributes: d.style ? { style: d.style } : {} }))
    for (const w of d.widgets) b.add(line.to, line.to, Decoration.widget({ widget: w, side: 1 }))
    // the judge's words go on their own line under the line they explain
    for (const w of d.notes) b.add(line.to, line.to, Decoration.widget({ widget: w, side: 2, block: true }))
  }
  return b.finish()
}

const marksField = StateField.define<{ marks: EditorMarks; deco: DecorationSet }>({
  create: (state) => ({ marks: { places: [], marks: [], threads: [] }, deco: decorate(state, { places: [], marks: [], threads: [] }) }),
  update(v, tr) {
    let marks = v.marks
    for (const e of tr.effects) if (e.is(setMarks)) marks = e.value
    if (marks === v.marks && !tr.docChanged) return v
    return { marks, deco: decorate(tr.state, marks) }
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
})

/// Only placements change the document: typing and pasting are refused.
const lockedLines = EditorState.transactionFilter.of((tr) => (tr.docChanged && !tr.annotation(placement) ? [] : tr))

export interface EditorOptions {
  readonly doc: string
  /// Keys the player presses on a place line: Delete clears it, Alt+1..9 places palette item n.
  readonly onClear: (line: number) => void
  readonly onPlaceKey: (line: number, item: number) => void
  /// A statement dropped onto a line.
  readonly onDrop: (line: number, text: string) => void
  /// Lines of the slots (Alt+↓ and Alt+↑ move between them).
  readonly slotLines?: () => readonly number[]
  /// True when the program is free (no level): every line may be typed in.
  readonly free?: boolean
  readonly onChange?: (doc: string) => void
}

export class ProgramEditor {
  readonly view: EditorView

  constructor(parent: HTMLElement, o: EditorOptions) {
    const lineOf = (v: EditorView): number => v.state.doc.lineAt(v.state.selection.main.head).number
    const keys = keymap.of([
      { key: 'Delete', run: (v) => { if (o.free) return false; o.onClear(lineOf(v)); return true } },
      { key: 'Backspace', run: (v) => { if (o.free) return false; o.onClear(lineOf(v)); return true } },
      ...Array.from({ length: 9 }, (_, i) => ({ key: `Alt-${i + 1}`, run: (v: EditorView) => { o.onPlaceKey(lineOf(v), i); return true } })),
      { key: 'Alt-ArrowDown', run: (v) => this.toSlot(lineOf(v), 1, o.slotLines?.() ?? []) },
      { key: 'Alt-ArrowUp', run: (v) => this.toSlot(lineOf(v), -1, o.slotLines?.() ?? []) },
    ])
    const extensions: Extension[] = [
      lineNumbers(), python(), syntaxHighlighting(defaultHighlightStyle), marksField, keys, EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': o.free ? 'Program editor' : 'Program editor: Alt+Down and Alt+Up go to the next and previous slot; on a slot, Alt+1 to Alt+9 place a palette statement, Delete takes it out' }),
      EditorView.domEventHandlers({
        dragover: (ev) => { if (ev.dataTransfer?.types.includes('text/x-kitchen-statement')) { ev.preventDefault(); return true } return false },
        drop: (ev, v) => {
          const text = ev.dataTransfer?.getData('text/x-kitchen-statement')
          if (!text) return false
          ev.preventDefault()
          const pos = v.posAtCoords({ x: ev.clientX, y: ev.clientY }, false)
          o.onDrop(v.state.doc.lineAt(pos).number, text)
          return true
        },
      }),
      EditorView.updateListener.of((u) => { if (u.docChanged) o.onChange?.(u.state.doc.toString()) }),
    ]
    if (!o.free) extensions.push(lockedLines)
    this.view = new EditorView({ parent, state: EditorState.create({ doc: o.doc, extensions }) })
  }

  get doc(): string {
    return this.view.state.doc.toString()
  }

  /// Replaces the document (a placement changed it), keeping the cursor line.
  setDoc(doc: string): void {
    if (doc === this.doc) return
    const line = this.view.state.doc.lineAt(this.view.state.selection.main.head).number
    const next = EditorState.create({ doc }).doc
    const head = next.line(Math.min(line, next.lines)).from
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: doc }, selection: { anchor: head }, annotations: placement.of(true) })
  }

  setMarks(m: EditorMarks): void {
    this.view.dispatch({ effects: setMarks.of(m) })
  }

  /// Puts the cursor on a line (keyboard placement targets it).
  focusLine(line: number): void {
    const l = this.view.state.doc.line(Math.max(1, Math.min(line, this.view.state.doc.lines)))
    this.view.dispatch({ selection: { anchor: l.from }, scrollIntoView: true })
    this.view.focus()
  }

  private toSlot(from: number, dir: 1 | -1, lines: readonly number[]): boolean {
    const target = dir > 0 ? lines.find((l) => l > from) : [...lines].reverse().find((l) => l < from)
    if (target !== undefined) this.focusLine(target)
    return true
  }

  cursorLine(): number {
    return this.view.state.doc.lineAt(this.view.state.selection.main.head).number
  }

  destroy(): void {
    this.view.destroy()
  }
}
