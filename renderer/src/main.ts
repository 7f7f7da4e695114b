/// The renderer's entry: connect to the host, then start the app.

import './styles.css'
import { connect } from './api.ts'
import { App } from './app.ts'

const root = document.getElementById('app')!
connect().then((conn) => new App(conn, root).start()).catch((e) => {
  root.textContent = `Kitchen Sync cannot start: ${(e as Error).message}`
})
