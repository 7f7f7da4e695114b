/// The web host: the same KitchenHost behind HTTP (the renderer's files)
/// and a WebSocket (the typed API), bound to 127.0.0.1 unless the caller
/// asks for another address, in which case every connection needs a token.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { resolve, sep, extname } from 'node:path'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { checkCall, type ClientMessage, type ServerMessage, type KitchenApi } from '../ipc/contract.ts'
import type { KitchenHost } from '../host/kitchen-host.ts'

export interface WebHostOptions {
  readonly host: KitchenHost
  /// The built renderer (index.html and its assets).
  readonly rendererDir: string
  /// Address to bind (default 127.0.0.1); anything else requires a token.
  readonly address?: string
  readonly port?: number
  /// Required on every request when set (always set off loopback).
  readonly token?: string
}

export interface WebHost {
  readonly url: string
  readonly token: string | null
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
}
// the renderer needs 'unsafe-eval'-free scripts from itself, a WebSocket to
// this host ('self' covers same-origin ws:), inline styles (CodeMirror sets them) and blob:/data: images (PixiJS)
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

function sameToken(given: string | null, token: string): boolean {
  if (given === null) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/// Starts the web host and resolves once it listens.
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const address = opts.address ?? '127.0.0.1'
  const token = opts.token ?? (LOOPBACK.has(address) ? null : randomBytes(18).toString('base64url'))
  const root = resolve(opts.rendererDir)
  let hostHeader = ''

  const allowed = (req: IncomingMessage): boolean => {
    // refuse other Host headers (DNS rebinding) and, with a token, requests without it
    if (LOOPBACK.has(address) && req.headers.host !== hostHeader && req.headers.host !== hostHeader.replace('127.0.0.1', 'localhost')) return false
    if (token === null) return true
    const url = new URL(req.url ?? '/', 'http://x')
    const cookie = /(?:^|;\s*)kitchen_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? null
    return sameToken(url.searchParams.get('token'), token) || sameToken(cookie, token)
  }

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowed(req)) { res.writeHead(403).end('forbidden'); return }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname))
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(404).end(); return }
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      res.writeHead(404).end('not found')
      return
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer',
    }
    if (token !== null) headers['set-cookie'] = `kitchen_token=${token}; HttpOnly; SameSite=Strict; Path=/`
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body)
  }

  const server = createServer((req, res) => { serve(req, res).catch(() => res.writeHead(500).end()) })
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 })
  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin
    const okOrigin = origin === undefined || origin === `http://${req.headers.host}`
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/ws' || !allowed(req) || !okOrigin) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, opts.host))
  })

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(opts.port ?? 0, address, () => ok())
  })
  const port = (server.address() as AddressInfo).port
  const shown = address.includes(':') ? `[${address}]` : address
  hostHeader = `${shown}:${port}`
  return {
    url: `http://${hostHeader}/${token ? `?token=${token}` : ''}`,
    token,
    close: () => new Promise<void>((ok) => {
      for (const c of wss.clients) c.terminate()
      wss.close()
      server.close(() => ok())
    }),
  }
}

/// One WebSocket client: calls are checked, then passed to its KitchenApi.
function attach(ws: WebSocket, host: KitchenHost): void {
  const send = (m: ServerMessage): void => { if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m)) }
  const api: KitchenApi = host.connect((event) => send({ type: 'event', event }))
  ws.on('message', async (data) => {
    let msg: ClientMessage
    try {
      msg = JSON.parse(String(data))
    } catch {
      return
    }
    if (typeof msg !== 'object' || msg === null || msg.type !== 'call' || !Number.isInteger(msg.id)) return
    const problem = checkCall(msg.method, msg.args)
    if (problem) { send({ type: 'result', id: msg.id, ok: false, error: problem }); return }
    try {
      const fn = api[msg.method] as (...a: unknown[]) => Promise<unknown>
      send({ type: 'result', id: msg.id, ok: true, value: await fn(...msg.args) })
    } catch (e) {
      send({ type: 'result', id: msg.id, ok: false, error: (e as Error).message })
    }
  })
}
