/// Where the app keeps the player's files when no folder is given: the
/// platform's user data folder (the one Electron's app.getPath('userData') uses).

import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_FOLDER = 'kitchen-sync'

/// The user data folder for this platform.
export function userDataDir(): string {
  const home = homedir()
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER)
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER)
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER)
}
