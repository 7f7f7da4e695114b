/// The Electron main process: hosts KitchenHost, opens the window, answers
/// the renderer's calls (sender and arguments checked), and opens run files
/// and level packs (menu, file association, a second launch with a file).

import { app, ipcMain, dialog, Menu, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { readFileSync } from 'node:fs'
import { join, dirname, basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KitchenHost } from '../host/kitchen-host.ts'
import { defaultPool } from '../host/pool.ts'
import { loadCatalog } from '../host/levels.ts'
import { readRunFile } from '../host/runfile.ts'
import { writeAtomic } from '../host/store.ts'
import { IPC_CALL, IPC_EVENT, checkCall, type KitchenApi, type HostEvent, type Method } from '../ipc/contract.ts'
import { createWindow, lockDown, rendererUrl } from './window.ts'

// dist/main/main.mjs -> the app's root (the repository, or the packaged app)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'preload.cjs')

let win: BrowserWindow | null = null
let api: KitchenApi | null = null
const pending: string[] = []

function send(e: HostEvent): void {
  win?.webContents.send(IPC_EVENT, e)
}

/// Opens a run file or a level pack the player chose (menu, association, second launch).
async function openRunPath(path: string): Promise<void> {
  if (!api || !win) { pending.push(path); return }
  const pack = path.endsWith('.kitchenpack')
  try {
    const name = basename(path).slice(0, 200)
    if (pack) send({ kind: 'open-pack', pack: await api.openPackText(name, readFileSync(path, 'utf8')) })
    else send({ kind: 'open-run', run: await api.openRunText(name, readFileSync(path, 'utf8')) })
  } catch (e) {
    dialog.showErrorBox(pack ? 'Cannot open the level pack' : 'Cannot open the run', (e as Error).message)
  }
}

const runArg = (argv: readonly string[]): string | undefined => argv.find((a) => a.endsWith('.kitchenrun') || a.endsWith('.kitchenpack'))

function menu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate([
    { label: 'File', submenu: [
      { label: 'Open Run…', accelerator: 'CmdOrCtrl+O', click: async () => {
        const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'Kitchen runs', extensions: ['kitchenrun'] }] })
        if (!r.canceled && r.filePaths[0]) await openRunPath(r.filePaths[0])
      } },
      { label: 'Open Level Pack…', accelerator: 'CmdOrCtrl+Shift+O', click: async () => {
        const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'Kitchen level packs', extensions: ['kitchenpack'] }] })
        if (!r.canceled && r.filePaths[0]) await openRunPath(r.filePaths[0])
      } },
      { type: 'separator' }, { role: 'quit' },
    ] },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ]))
}

/// Calls come only from our own page in our window, and must fit the contract.
async function answer(event: IpcMainInvokeEvent, method: unknown, args: unknown): Promise<unknown> {
  if (!win || event.sender !== win.webContents || event.senderFrame?.url.split('#')[0] !== rendererUrl(ROOT)) throw new Error('refused: not the app window')
  const problem = checkCall(method, args)
  if (problem) throw new Error(problem)
  const fn = api![method as Method] as (...a: unknown[]) => Promise<unknown>
  return fn(...(args as unknown[]))
}

// tests (and portable setups) may keep the player's files elsewhere
if (process.env.KITCHEN_USER_DATA) app.setPath('userData', process.env.KITCHEN_USER_DATA)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_e, argv) => {
    const f = runArg(argv)
    if (f) void openRunPath(f)
    if (win) { if (win.isMinimized()) win.restore(); win.focus() }
  })
  app.on('open-file', (e, path) => { e.preventDefault(); void openRunPath(path) })
  app.whenReady().then(() => {
    lockDown()
    menu()
    const host = new KitchenHost({ dataDir: app.getPath('userData'), catalog: loadCatalog(join(ROOT, 'levels')) })
    const base = host.connect(send)
    // in the desktop app, saving asks where (the main process writes the file)
    api = {
      ...base,
      saveRun: async (text, name) => {
        readRunFile(text, name)
        const r = await dialog.showSaveDialog(win!, { defaultPath: join(app.getPath('documents'), `${name}.kitchenrun`), filters: [{ name: 'Kitchen runs', extensions: ['kitchenrun'] }] })
        if (r.canceled || !r.filePath) return base.saveRun(text, name)
        writeAtomic(r.filePath, text)
        return { name: basename(r.filePath), text: '' }
      },
    }
    ipcMain.handle(IPC_CALL, (event, method, args) => answer(event, method, args))
    win = createWindow(ROOT, PRELOAD)
    void defaultPool().warm(2).catch(() => {}) // the first run need not wait for worker threads
    win.webContents.once('did-finish-load', () => {
      for (const m of host.recovered) send({ kind: 'progress-recovered', message: m })
      const f = runArg(process.argv)
      if (f) pending.push(f)
      for (const p of pending.splice(0)) void openRunPath(p)
    })
    win.on('closed', () => { win = null })
  })
  app.on('window-all-closed', () => app.quit())
}
