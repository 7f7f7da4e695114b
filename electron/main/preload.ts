/// The preload: the renderer's only way to the host. It exposes one object,
/// `window.kitchen`, with `call` (a method of the typed API, checked again
/// in the main process) and `onEvent`. No Node, no ipcRenderer, leaks out.

import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CALL, IPC_EVENT, METHODS, type HostEvent, type Method } from '../ipc/contract.ts'

contextBridge.exposeInMainWorld('kitchen', {
  call: (method: Method, args: unknown[]): Promise<unknown> => {
    if (!METHODS.includes(method)) return Promise.reject(new Error(`unknown method ${String(method)}`))
    return ipcRenderer.invoke(IPC_CALL, method, args)
  },
  onEvent: (listener: (e: HostEvent) => void): void => {
    ipcRenderer.on(IPC_EVENT, (_event, e: HostEvent) => listener(e))
  },
})
