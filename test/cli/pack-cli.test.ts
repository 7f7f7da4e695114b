// kitchen pack build / check as a teacher runs them: a round trip, and
// refusals that say what is wrong and where.
import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { packDir, ROOT } from '../pack/packs.ts'

function kitchen(args: string[]) {
  return spawnSync('node', [join(ROOT, 'bin', 'kitchen.js'), ...args], { encoding: 'utf8', env: { ...process.env, KITCHEN_FROM_SOURCE: '1' } })
}
const out = mkdtempSync(join(tmpdir(), 'kitchen-pack-cli-'))

test('build a pack from a folder, then check it: the same levels, judged', () => {
  const dir = packDir()
  const file = join(out, 'class.kitchenpack')
  const built = kitchen(['pack', 'build', dir, '-o', file])
  expect(built.stderr).toBe('')
  expect(built.status).toBe(0)
  expect(built.stdout).toBe(`built ${file}: The school kitchen by Ms. Rivera, version 1.2 (id school-kitchen): 2 levels in 2 chapters\n`)
  const pack = JSON.parse(readFileSync(file, 'utf8'))
  expect(pack).toMatchObject({ format: 'kitchenpack', version: 1, id: 'school-kitchen', packVersion: '1.2', chapters: [{ number: 1 }, { number: 3 }] })
  // the level files' texts, as they were
  expect(pack.levels.map((l: { file: string }) => l.file)).toEqual(['01-01-dessert.level.yaml', '03-03-closing-time.level.yaml'])
  expect(pack.levels[0].text).toBe(readFileSync(join(dir, '01-01-dessert.level.yaml'), 'utf8'))
  const checked = kitchen(['pack', 'check', file])
  expect(checked.status).toBe(0)
  expect(checked.stdout).toContain('ok  dessert: chapter 1, The dessert bakes while you cook\nok  closing-time: chapter 3, Closing time\n')
  expect(checked.stdout).toContain('every reference and wrong solution judged as declared')
}, 60_000)

test('a folder whose level does not parse is not built; the problem is at the level file\'s line:column', () => {
  const dir = packDir()
  const level = join(dir, '03-03-closing-time.level.yaml')
  writeFileSync(level, readFileSync(level, 'utf8').replace('      while not closing.is_set():', '      while not closing.is_set()'))
  const file = join(out, 'broken.kitchenpack')
  const r = kitchen(['pack', 'build', dir, '-o', file])
  expect(r.status).toBe(1)
  expect(r.stderr).toMatch(new RegExp(`^${level.replace(/[.]/g, '\\.')}:21:\\d+: .*SyntaxError`, 'm'))
  expect(r.stderr).toMatch(/not built: 1 problem\n$/)
  expect(existsSync(file)).toBe(false)
})

test('check refuses a damaged pack with the reason: not JSON, another version, the schema, a failing reference', () => {
  const good = JSON.parse(readFileSync(join(out, 'class.kitchenpack'), 'utf8'))
  const write = (name: string, text: string): string => { const f = join(out, name); writeFileSync(f, text); return f }
  const cases: [string, string, RegExp][] = [
    ['notjson.kitchenpack', '{"format": "kitchenpack",', /^notjson\.kitchenpack(:\d+:\d+)?: not JSON/],
    ['v2.kitchenpack', JSON.stringify({ ...good, version: 2 }), /^v2\.kitchenpack: pack format version 2 is not supported \(this kitchen reads version 1\)$/m],
    ['schema.kitchenpack', JSON.stringify({ ...good, title: '' }), /^schema\.kitchenpack: \/title must NOT have fewer than 1 characters \(the pack schema\)$/m],
    ['reference.kitchenpack', JSON.stringify({ ...good, levels: [{ ...good.levels[0], text: good.levels[0].text.replace('    collect: dessert_thread.join()\n', '') }], chapters: [good.chapters[0]] }),
      /^reference\.kitchenpack\/01-01-dessert\.level\.yaml:\d+:\d+: the reference solution fails/m],
  ]
  for (const [name, text, expected] of cases) {
    const r = kitchen(['pack', 'check', write(name, text)])
    expect(r.status, name).toBe(1)
    expect(r.stderr, name).toMatch(expected)
    expect(r.stderr, name).toMatch(/refused: \d+ problems?\n$/)
  }
}, 60_000)

test('bad usage exits 2', () => {
  expect(kitchen(['pack']).status).toBe(2)
  expect(kitchen(['pack', 'build', 'x']).stderr).toContain('pack build needs -o FILE.kitchenpack')
  expect(kitchen(['pack', 'check']).status).toBe(2)
  expect(kitchen(['pack', 'check', join(out, 'missing.kitchenpack')]).stderr).toMatch(/missing\.kitchenpack: cannot be read \(ENOENT\)/)
})
