#!/usr/bin/env node
// `npm test`: every suite — Vitest (engine, host, renderer logic) and the
// Playwright journeys in Debian's Chromium — then one line "N passed, N failed".
// Arguments go to Vitest alone (`npm test -- test/app`), and then Playwright is skipped.
import { spawnSync } from 'node:child_process'
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs'

const args = process.argv.slice(2)
mkdirSync('test-results', { recursive: true })
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const run = (cmd, argv, env = {}) => spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status

const read = (file) => { try { return JSON.parse(readFileSync(file, 'utf8')) } catch { return null } }
let passed = 0
let failed = 0
let skipped = 0

rmSync('test-results/vitest.json', { force: true })
const vStatus = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json', ...args])
const v = read('test-results/vitest.json')
if (v) {
  passed += v.numPassedTests
  // a suite can fail with no failed test (a hook threw, its tests were skipped): count it
  const brokenSuites = (v.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')).length
  failed += v.numFailedTests + brokenSuites
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
} else if (vStatus !== 0) failed++

if (args.length === 0) {
  rmSync('test-results/playwright.json', { force: true })
  const pStatus = run(npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' })
  const p = existsSync('test-results/playwright.json') ? read('test-results/playwright.json') : null
  if (p) {
    // say why each skipped test was skipped
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) {
        if (t.status === 'skipped') {
          const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'skipped'
          console.log(`skipped: ${spec.title} (${why})`)
        }
      }
      for (const s of suite.suites ?? []) walk(s)
    }
    for (const s of p.suites ?? []) walk(s)
    passed += p.stats.expected + p.stats.flaky
    failed += p.stats.unexpected + (p.errors?.length ?? 0)
    skipped += p.stats.skipped
  } else if (pStatus !== 0) failed++
}
if (skipped) console.log(`${skipped} skipped (the reasons are above)`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
