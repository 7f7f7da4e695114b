// Reading a .kitchenpack: every kind of damage is refused with a reason that
// names the pack (and the level file, line and column when a level is at fault).
import { describe, it, expect } from 'vitest'
import { readPack, PackError } from '../../electron/host/pack.ts'
import { packText } from './packs.ts'

const refusal = (text: string, judge = false): string[] => {
  try {
    readPack(text, 'class.kitchenpack', { judge })
  } catch (e) {
    if (e instanceof PackError) return [...e.problems]
    throw e
  }
  throw new Error('the pack was accepted')
}
const edit = (f: (p: Record<string, any>) => void): string => {
  const p = JSON.parse(packText())
  f(p)
  return JSON.stringify(p)
}

describe('readPack', () => {
  it('reads a good pack: its fields, chapters and levels in play order', () => {
    const pack = readPack(packText(), 'class.kitchenpack', { judge: true })
    expect(pack.file).toMatchObject({ format: 'kitchenpack', version: 1, id: 'school-kitchen', title: 'The school kitchen', author: 'Ms. Rivera', packVersion: '1.2' })
    expect(pack.file.chapters).toEqual([{ number: 1, title: 'The head chef and the assistant' }, { number: 3, title: 'Signals (Event)' }])
    expect(pack.levels.map((l) => l.id)).toEqual(['dessert', 'closing-time'])
  })

  it('refuses what is not JSON, at its line and column', () => {
    expect(refusal('{\n  "format": "kitchenpack",\n  oops\n}')).toEqual([expect.stringMatching(/^class\.kitchenpack:3:3: not JSON \(/)])
  })

  it('refuses another format and another version', () => {
    expect(refusal(edit((p) => { p.format = 'kitchenrun' }))).toEqual(['class.kitchenpack: not a level pack (its "format" is "kitchenrun", not "kitchenpack")'])
    expect(refusal('[1, 2]')[0]).toMatch(/not a level pack/)
    expect(refusal(edit((p) => { p.version = 2 }))).toEqual(['class.kitchenpack: pack format version 2 is not supported (this kitchen reads version 1)'])
  })

  it('refuses what the schema does not allow, with the path', () => {
    const problems = refusal(edit((p) => { delete p.author; p.id = 'Bad Id'; p.levels[0].file = '../evil.py'; p.extra = 1 }))
    expect(problems).toContain("class.kitchenpack: / must have required property 'author' (the pack schema)")
    expect(problems).toContain("class.kitchenpack: / must NOT have additional properties ('extra') (the pack schema)")
    expect(problems.some((p) => p.startsWith('class.kitchenpack: /id must match pattern'))).toBe(true)
    expect(problems.some((p) => p.startsWith('class.kitchenpack: /levels/0/file must match pattern'))).toBe(true)
  })

  it('refuses a level that does not parse, naming the pack, the level and line:column', () => {
    const problems = refusal(edit((p) => { p.levels[1].text = p.levels[1].text.replace('      while not closing.is_set():', '      while not closing.is_set()') }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^class\.kitchenpack\/03-03-closing-time\.level\.yaml:\d+:\d+: .*SyntaxError/)
    const yaml = refusal(edit((p) => { p.levels[0].text = p.levels[0].text.replace('title:', 'title: [') }))
    expect(yaml[0]).toMatch(/^class\.kitchenpack\/01-01-dessert\.level\.yaml:\d+:\d+: /)
  })

  it('refuses levels that clash or do not fit the pack\'s chapters', () => {
    const twice = refusal(edit((p) => { p.levels.push({ ...p.levels[0], file: 'copy.level.yaml' }) }))
    expect(twice.join('\n')).toMatch(/class\.kitchenpack\/copy\.level\.yaml:\d+:\d+: id 'dessert' is also the id of class\.kitchenpack\/01-01-dessert\.level\.yaml/)
    const chapter = refusal(edit((p) => { p.chapters[1].title = 'Events' }))
    expect(chapter).toEqual([expect.stringMatching(/^class\.kitchenpack\/03-03-closing-time\.level\.yaml:\d+:\d+: chapter 3 is titled 'Events' in the pack, not 'Signals \(Event\)'$/)])
    const missing = refusal(edit((p) => { p.chapters.pop() }))
    expect(missing[0]).toMatch(/closing-time\.level\.yaml:\d+:\d+: chapter 3 is not one of the pack's chapters \(1\)/)
    expect(refusal(edit((p) => { p.chapters.push({ number: 9, title: 'Empty' }) }))).toEqual(["class.kitchenpack: chapter 9 'Empty' has no levels"])
  })

  it('refuses a level whose reference solution fails when judged (in the VM)', () => {
    const text = edit((p) => { p.levels[0].text = p.levels[0].text.replace(/solution:\n  placements:\n(    .*\n)+/, 'solution:\n  placements:\n    hire: dessert_thread.start()\n') })
    expect(() => readPack(text, 'class.kitchenpack')).not.toThrow() // it parses
    const problems = refusal(text, true)
    expect(problems[0]).toMatch(/^class\.kitchenpack\/01-01-dessert\.level\.yaml:\d+:\d+: the reference solution fails/)
  })
})
