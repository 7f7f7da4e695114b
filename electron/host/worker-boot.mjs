// Starts a pool worker: the bundled entry as is, or the TypeScript entry
// through tsx (tests and development). Plain JS because a worker starts
// outside tsx's loader.
import { workerData } from 'node:worker_threads'

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import(workerData.entry)
