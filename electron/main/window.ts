/// The app window and the rules every web contents lives by: context
/// isolation, the sandbox, no Node; no navigation, no new windows, no
/// webviews, no permissions.

import { BrowserWindow, app, session, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/// The page every window shows.
export function rendererUrl(root: string): string {
  return pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).href
}

/// Applies the rules to every web contents the app ever makes.
export function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, done) => done(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (ev) => ev.preventDefault())
    contents.on('will-redirect', (ev) => ev.preventDefault())
    contents.on('will-attach-webview', (ev) => ev.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      // links to the web open in the player's browser, never in the app
      if (url.startsWith('https://')) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

export function createWindow(root: string, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440, height: 1000, minWidth: 1000, minHeight: 700, show: false,
    title: 'Kitchen Sync', backgroundColor: '#f6ecd9',
    icon: join(root, 'assets', 'icon.png'),
    webPreferences: {
      preload, contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl(root))
  return win
}
