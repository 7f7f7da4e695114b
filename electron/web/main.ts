/// `npm run web`: starts the web host on 127.0.0.1 (a free port) and prints
/// the URL. `--listen ADDRESS` binds elsewhere and then requires a token
/// (printed in the URL); `--port N`, `--data DIR` (the user data folder).

import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { existsSync } from 'node:fs'
import { KitchenHost } from '../host/kitchen-host.ts'
import { userDataDir } from '../host/paths.ts'
import { loadCatalog } from '../host/levels.ts'
import { startWebHost } from './server.ts'
import { defaultPool } from '../host/pool.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`)
  return v
}

async function main(args: string[]): Promise<void> {
  const known = new Set(['--listen', '--port', '--data'])
  for (let i = 0; i < args.length; i += 2) if (!known.has(args[i])) throw new Error(`unknown option ${args[i]} (options: --listen ADDRESS, --port N, --data DIR)`)
  const port = Number(option(args, '--port') ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a port number')
  const rendererDir = join(ROOT, 'dist', 'renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('the renderer is not built: run `npm run build:renderer` (npm run web does it)')
  const host = new KitchenHost({ dataDir: option(args, '--data') ?? userDataDir(), catalog: loadCatalog(join(ROOT, 'levels')), onRecovered: (m) => console.error(m) })
  const web = await startWebHost({ host, rendererDir, address: option(args, '--listen'), port })
  if (web.token) console.log(`Listening beyond this machine: anyone with this URL (it holds the token) can play.`)
  console.log(`Kitchen Sync is open at ${web.url}`)
  // start worker threads now, so the player's first run does not wait for them
  defaultPool().warm(2).catch((e) => console.error(`worker threads: ${(e as Error).message}`))
  const stop = (): void => { web.close().then(() => process.exit(0)) }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`kitchen web: ${(e as Error).message}`)
  process.exit(2)
})
