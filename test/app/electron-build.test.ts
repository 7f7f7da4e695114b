/// The Electron main process and preload bundle, and the preload can run in
/// the sandbox: it requires nothing but 'electron' (a sandboxed preload gets
/// no Node modules), and exposes nothing but the bridge.

import { test, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'
import { WORKER_BOOT } from '../../electron/host/worker-entry.ts'
import { packText } from '../pack/packs.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

test('main and preload bundle; the preload requires only electron', async () => {
  const r = spawnSync('npm', ['run', '-s', 'build:electron'], { cwd: ROOT, encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
  const preload = readFileSync(join(ROOT, 'dist', 'main', 'preload.cjs'), 'utf8')
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
  expect([...new Set(required)]).toEqual(['electron'])
  expect(preload).toContain('exposeInMainWorld("kitchen"')
  // the worker threads' entry, bundled (a packaged app has no TypeScript loader)
  expect(readFileSync(join(ROOT, 'dist', 'engine', 'workers', 'entry.mjs'), 'utf8').length).toBeGreaterThan(1000)
  // the judge thread's entry, bundled: it checks a pack, judging every solution in it
  const judge = new Worker(WORKER_BOOT, { workerData: { entry: pathToFileURL(join(ROOT, 'dist', 'host', 'judge-worker.mjs')).href } })
  try {
    const reply = await new Promise<any>((resolve, reject) => {
      judge.once('message', resolve)
      judge.once('error', reject)
      judge.postMessage({ job: 'check-pack', id: 1, text: packText(), name: 'class.kitchenpack' })
    })
    expect(reply.ok, reply.message).toBe(true)
    expect(reply.value.levels.map((l: { id: string }) => l.id)).toEqual(['dessert', 'closing-time'])
  } finally {
    await judge.terminate()
  }
  const main = readFileSync(join(ROOT, 'dist', 'main', 'main.mjs'), 'utf8')
  expect(main).toMatch(/from "electron"/)
  for (const rule of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'will-navigate', 'setWindowOpenHandler', 'setPermissionRequestHandler']) expect(main).toContain(rule)
})
