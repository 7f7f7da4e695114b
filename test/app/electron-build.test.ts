/// The Electron main process and preload bundle, and the preload can run in
/// the sandbox: it requires nothing but 'electron' (a sandboxed preload gets
/// no Node modules), and exposes nothing but the bridge.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

test('main and preload bundle; the preload requires only electron', () => {
  const r = spawnSync('npm', ['run', '-s', 'build:electron'], { cwd: ROOT, encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
  const preload = readFileSync(join(ROOT, 'dist', 'main', 'preload.cjs'), 'utf8')
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
  expect([...new Set(required)]).toEqual(['electron'])
  expect(preload).toContain('exposeInMainWorld("kitchen"')
  // the worker threads' entry, bundled (a packaged app has no TypeScript loader)
  expect(readFileSync(join(ROOT, 'dist', 'engine', 'workers', 'entry.mjs'), 'utf8').length).toBeGreaterThan(1000)
  const main = readFileSync(join(ROOT, 'dist', 'main', 'main.mjs'), 'utf8')
  expect(main).toMatch(/from "electron"/)
  for (const rule of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'will-navigate', 'setWindowOpenHandler', 'setPermissionRequestHandler']) expect(main).toContain(rule)
})
