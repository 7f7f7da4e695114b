// The web host: loopback only unless told otherwise (then a token), foreign
// Host headers and origins refused, files only from the renderer folder,
// calls checked against the contract.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import WebSocket from 'ws'
import { startWebHost, type WebHost } from '../../electron/web/server.ts'
import { KitchenHost } from '../../electron/host/kitchen-host.ts'
import { checkCall } from '../../electron/ipc/contract.ts'

const renderer = mkdtempSync(join(tmpdir(), 'kitchen-renderer-'))
mkdirSync(join(renderer, 'assets'))
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>k</title>')
writeFileSync(join(renderer, 'assets', 'a.js'), 'export {}')
writeFileSync(join(tmpdir(), 'kitchen-secret.txt'), 'secret')

function get(url: string, headers: Record<string, string> = {}, rawPath?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const u = new URL(url)
    // a raw path reaches the server as written (no client-side normalizing)
    const req = request({ host: u.hostname, port: u.port, path: rawPath ?? u.pathname + u.search, headers }, (res) => {
      let body = ''
      res.on('data', (d) => { body += d })
      res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.on('error', fail)
    req.end()
  })
}

function call(url: string, method: string, args: unknown[], origin?: string): Promise<unknown> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(url, origin ? { origin } : {})
    ws.on('open', () => ws.send(JSON.stringify({ type: 'call', id: 1, method, args })))
    ws.on('message', (d) => {
      const m = JSON.parse(String(d))
      if (m.type === 'result') { ws.close(); ok(m) }
    })
    ws.on('error', fail)
    ws.on('unexpected-response', (_req, res) => { fail(new Error(`HTTP ${res.statusCode}`)) })
  })
}

describe('web host on loopback', () => {
  let web: WebHost
  beforeAll(async () => {
    web = await startWebHost({ host: new KitchenHost({ dataDir: mkdtempSync(join(tmpdir(), 'kitchen-web-')) }), rendererDir: renderer })
  })
  afterAll(() => web.close())

  it('binds 127.0.0.1 on a free port, needs no token there, and serves the renderer with a CSP', async () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(web.token).toBeNull()
    const r = await get(web.url)
    expect(r.status).toBe(200)
    expect(r.body).toContain('<title>k</title>')
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'")
  })

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../kitchen-secret.txt', '/..%2Fkitchen-secret.txt', '/%2e%2e/kitchen-secret.txt', '/assets/..%2F..%2Fkitchen-secret.txt']) {
      const r = await get(web.url, {}, path)
      expect(r.status).toBe(404)
      expect(r.body).not.toContain('secret')
    }
    expect((await get(web.url + 'assets/a.js')).status).toBe(200)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get(web.url, { host: 'evil.example:80' })).status).toBe(403)
  })

  it('answers calls over the WebSocket and refuses bad ones', async () => {
    const ws = web.url.replace('http', 'ws') + 'ws'
    expect(await call(ws, 'getSettings', [])).toMatchObject({ ok: true, value: { speed: 1 } })
    expect(await call(ws, 'saveSettings', [{ speed: 1e9, reducedMotion: 1 }])).toMatchObject({ ok: false, error: 'saveSettings: argument 1 is not valid' })
    expect(await call(ws, 'openRun', ['../../etc/passwd'])).toMatchObject({ ok: false, error: 'openRun: argument 1 is not valid' })
    expect(await call(ws, 'constructor', [])).toMatchObject({ ok: false, error: 'unknown method "constructor"' })
    await expect(call(ws, 'getSettings', [], 'http://evil.example')).rejects.toThrow('HTTP 403')
  })
})

describe('web host beyond loopback', () => {
  it('requires the token it prints', async () => {
    const web = await startWebHost({ host: new KitchenHost({ dataDir: mkdtempSync(join(tmpdir(), 'kitchen-web-')) }), rendererDir: renderer, address: '0.0.0.0' })
    try {
      expect(web.token).toMatch(/^[\w-]{20,}$/)
      expect(web.url).toContain(`?token=${web.token}`)
      const port = new URL(web.url).port
      expect((await get(`http://127.0.0.1:${port}/`)).status).toBe(403)
      expect((await get(`http://127.0.0.1:${port}/?token=wrong`)).status).toBe(403)
      expect((await get(`http://127.0.0.1:${port}/?token=${web.token}`)).status).toBe(200)
      await expect(call(`ws://127.0.0.1:${port}/ws`, 'getSettings', [])).rejects.toThrow('HTTP 403')
      expect(await call(`ws://127.0.0.1:${port}/ws?token=${web.token}`, 'getSettings', [])).toMatchObject({ ok: true })
    } finally {
      await web.close()
    }
  })
})

describe('checkCall', () => {
  it('accepts well-formed calls and names what is wrong with others', () => {
    expect(checkCall('run', [{ levelId: 'dessert', source: '', placements: { a: ['x()'] } }])).toBeNull()
    expect(checkCall('run', [{ levelId: 'dessert', source: 3 }])).toBe('run: argument 1 is not valid')
    expect(checkCall('run', [])).toBe('run: expects 1 argument(s)')
    expect(checkCall('__proto__', [])).toBe('unknown method "__proto__"')
    expect(checkCall('saveRun', ['{}', 'a/b'])).toBe('saveRun: argument 2 is not valid')
  })
})
