/// The renderer's side of the host API: the preload's bridge in Electron,
/// or a WebSocket to the web host in a browser. Both give a KitchenApi.

import { METHODS, type KitchenApi, type HostEvent, type HostEventListener, type ServerMessage, type Method } from '../../electron/ipc/contract.ts'

/// What the Electron preload puts on `window.kitchen`.
export interface Bridge {
  call(method: Method, args: unknown[]): Promise<unknown>
  onEvent(listener: (e: HostEvent) => void): void
}

export interface Connection {
  readonly api: KitchenApi
  readonly host: 'electron' | 'web'
  onEvent(listener: HostEventListener): () => void
}

function proxy(call: (m: Method, args: unknown[]) => Promise<unknown>): KitchenApi {
  const api: Record<string, unknown> = {}
  for (const m of METHODS) api[m] = (...args: unknown[]) => call(m, args)
  return api as unknown as KitchenApi
}

/// Connects to whichever host serves this page.
export async function connect(): Promise<Connection> {
  const listeners = new Set<HostEventListener>()
  const emit = (e: HostEvent): void => { for (const l of listeners) l(e) }
  const onEvent = (l: HostEventListener): (() => void) => { listeners.add(l); return () => listeners.delete(l) }
  const bridge = (window as unknown as { kitchen?: Bridge }).kitchen
  if (bridge) {
    bridge.onEvent(emit)
    return { api: proxy((m, a) => bridge.call(m, a)), host: 'electron', onEvent }
  }
  const token = new URLSearchParams(location.search).get('token')
  const ws = new WebSocket(`ws://${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`)
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>()
  let next = 1
  ws.addEventListener('message', (ev) => {
    const msg = JSON.parse(String(ev.data)) as ServerMessage
    if (msg.type === 'event') { emit(msg.event); return }
    const p = pending.get(msg.id)
    pending.delete(msg.id)
    if (!p) return
    if (msg.ok) p.ok(msg.value)
    else p.fail(new Error(msg.error))
  })
  ws.addEventListener('close', () => {
    for (const p of pending.values()) p.fail(new Error('the kitchen host closed the connection'))
    pending.clear()
  })
  await new Promise<void>((ok, fail) => {
    ws.addEventListener('open', () => ok(), { once: true })
    ws.addEventListener('error', () => fail(new Error('cannot reach the kitchen host')), { once: true })
  })
  const call = (method: Method, args: unknown[]): Promise<unknown> => new Promise((ok, fail) => {
    const id = next++
    pending.set(id, { ok, fail })
    ws.send(JSON.stringify({ type: 'call', id, method, args }))
  })
  return { api: proxy(call), host: 'web', onEvent }
}
