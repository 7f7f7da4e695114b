// In the app, a run happens on worker threads, which do not trace every
// shared access; the race detector needs them. The host replays the run on
// one thread with accesses traced before judging: an unlocked tally that
// happened to come out right must still be called a race.

import { test, expect, afterAll } from 'vitest'
import { join } from 'node:path'
import { loadCatalog } from '../../electron/host/levels.ts'
import { runOnWorkers, closeDefaultPool } from '../../electron/host/pool.ts'

const catalog = loadCatalog(join(import.meta.dirname, '..', '..', 'levels'))
afterAll(() => closeDefaultPool())

async function verdictFor(placements: Record<string, string[]>) {
  const { source, statements, seed } = catalog.assemble('lucky-count', '', placements)
  const run = await runOnWorkers(source, { seed, mode: 'controlled', time: 'virtual', maxSteps: 2_000_000 })
  expect(run.stdout).toContain('Racks washed: 4') // lucky tonight, either way
  return catalog.judge('lucky-count', source, run, statements, seed)
}

test('the lucky count without the lock is a race, from a live run on worker threads', async () => {
  const v = await verdictFor({})
  expect(v.passed).toBe(false)
  expect(v.kind).toBe('race')
  expect(v.marks.some((m) => m.line > 0)).toBe(true)
}, 120_000)

test('with the lock it clears, with the inspector\'s certificate', async () => {
  const v = await verdictFor({ take: ['tally_lock.acquire()'], give: ['tally_lock.release()'] })
  expect(v.passed).toBe(true)
  expect(v.certificate).not.toBeNull()
}, 120_000)
