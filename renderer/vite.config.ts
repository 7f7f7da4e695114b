import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

// The renderer builds to dist/renderer with relative paths, so the same
// files load from the web host and from Electron's file:// page.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
  },
  logLevel: 'warn',
})
