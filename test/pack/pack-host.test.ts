// The host opens a level pack: it is checked, kept in packs/, its levels are
// listed beside the game's with their own progress; a damaged pack is refused
// and nothing saved changes; a pack damaged on disk is set aside.
import { describe, it, expect } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KitchenHost } from '../../electron/host/kitchen-host.ts'
import { loadCatalog } from '../../electron/host/levels.ts'
import { packText, ROOT } from './packs.ts'

const catalog = loadCatalog(join(ROOT, 'levels'))
const DESSERT = { hire: ['dessert_thread.start()'], collect: ['dessert_thread.join()'] }

describe('level packs in the host', () => {
  it('opens a pack, lists its levels beside the game\'s, and keeps its progress apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-packhost-'))
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    const info = await api.openPackText('class.kitchenpack', packText())
    expect(info).toEqual({ id: 'school-kitchen', title: 'The school kitchen', author: 'Ms. Rivera', version: '1.2', description: 'Two levels for class 10B.', levels: 2 })
    expect(readdirSync(join(dir, 'packs'))).toEqual(['school-kitchen.kitchenpack'])
    expect(await api.listPacks()).toEqual([info])
    const levels = await api.listLevels()
    const mine = levels.filter((l) => l.pack === 'school-kitchen')
    expect(mine.map((l) => [l.id, l.chapter, l.locked])).toEqual([
      ['school-kitchen/dessert', '1. The head chef and the assistant', false],
      ['school-kitchen/closing-time', '3. Signals (Event)', true],
    ])
    expect(levels.filter((l) => l.pack === null).length).toBe(catalog.levels().length)
    // the pack's second level is locked in the host too, named within the pack
    await expect(api.getLevel('school-kitchen/closing-time')).rejects.toThrow('Level 2 of “The school kitchen” “Closing time” is locked: clear level 1 of “The school kitchen” “The dessert bakes while you cook” first.')
    // play the pack's first level: it clears in the pack only
    const view = await api.getLevel('school-kitchen/dessert')
    expect(view.next).toBe('school-kitchen/closing-time')
    const out = await api.run({ levelId: 'school-kitchen/dessert', source: '', placements: DESSERT })
    expect(out.verdict?.passed).toBe(true)
    const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'))
    expect(Object.keys(progress.cleared)).toEqual(['school-kitchen/dessert'])
    // a new host over the same folder has the pack and its progress
    const again = new KitchenHost({ dataDir: dir, catalog })
    const after = again.listLevels()
    expect(after.find((l) => l.id === 'school-kitchen/dessert')).toMatchObject({ cleared: true, best: { time: 7, statements: 2 } })
    expect(after.find((l) => l.id === 'school-kitchen/closing-time')?.locked).toBe(false)
    expect(after.find((l) => l.id === 'dessert')?.cleared).toBe(false)
    // a run file of a pack level replays and is judged as that level
    const reopened = await again.connect(() => {}).openRunText('p.kitchenrun', out.runFile)
    expect(reopened.outcome.levelId).toBe('school-kitchen/dessert')
    expect(reopened.outcome.verdict?.passed).toBe(true)
    // a new version of the same pack replaces it and keeps its progress
    const v2 = JSON.parse(packText())
    v2.packVersion = '1.3'
    expect((await api.openPackText('class-v2.kitchenpack', JSON.stringify(v2))).version).toBe('1.3')
    expect(new KitchenHost({ dataDir: dir, catalog }).listLevels().find((l) => l.id === 'school-kitchen/dessert')?.cleared).toBe(true)
    expect(readdirSync(join(dir, 'packs'))).toEqual(['school-kitchen.kitchenpack'])
  }, 60_000)

  it('refuses a damaged pack with the reason, and nothing saved changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-packhost-'))
    const api = new KitchenHost({ dataDir: dir, catalog }).connect(() => {})
    await api.openPackText('class.kitchenpack', packText())
    const kept = readFileSync(join(dir, 'packs', 'school-kitchen.kitchenpack'), 'utf8')
    const broken = JSON.parse(packText())
    broken.packVersion = '2.0'
    broken.levels[0].text = broken.levels[0].text.replace('time.sleep(5)', 'time.sleep((5)')
    await expect(api.openPackText('class.kitchenpack', JSON.stringify(broken))).rejects.toThrow(/^class\.kitchenpack\/01-01-dessert\.level\.yaml:\d+:\d+: /)
    await expect(api.openPackText('x.kitchenpack', 'PK\u0003\u0004')).rejects.toThrow(/^x\.kitchenpack(:1:1)?: not JSON/)
    expect(readFileSync(join(dir, 'packs', 'school-kitchen.kitchenpack'), 'utf8')).toBe(kept)
    expect(readdirSync(join(dir, 'packs'))).toEqual(['school-kitchen.kitchenpack'])
    expect((await api.listPacks())[0].version).toBe('1.2')
  }, 60_000)

  it('sets aside a pack that was damaged on disk and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kitchen-packhost-'))
    await new KitchenHost({ dataDir: dir, catalog }).openPackText('class.kitchenpack', packText())
    const path = join(dir, 'packs', 'school-kitchen.kitchenpack')
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 500))
    const said: string[] = []
    const host = new KitchenHost({ dataDir: dir, catalog, onRecovered: (m) => said.push(m) })
    expect(host.listPacks()).toEqual([])
    expect(said[0]).toMatch(/^The level pack school-kitchen\.kitchenpack was damaged \(school-kitchen\.kitchenpack:\d+:\d+: not JSON .*\); it was kept as packs\/school-kitchen\.kitchenpack\.damaged-/)
    expect(readdirSync(join(dir, 'packs'))[0]).toMatch(/^school-kitchen\.kitchenpack\.damaged-/)
  }, 60_000)
})
