/// The program corpus: Python files under test/programs/<feature>/ whose
/// expected behaviour is written beside the code, clox-style:
///
///   # expect: <a stdout line>          one per line, in order
///   # expect stderr: <last stderr line>
///   # expect exit: <code>              default 0
///   # kitchen-only                     python3 cannot agree (the VM's own limits)
///   # nondeterministic                 allowed outputs are in <name>.outputs, split by lines '---'
///   # cpython-flags: -S                flags for python3 (e.g. no site-packages)
///   # cpython-sleep-scale: 0.05        python3 sleeps this fraction of each sleep (for
///                                      programs with long sleeps and no timeouts)

import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const PROGRAMS = join(ROOT, 'test', 'programs')

export interface Program {
  readonly path: string
  /// feature/name.py
  readonly name: string
  readonly feature: string
  readonly source: string
  readonly stdout: string[]
  readonly stderrLast: string | null
  readonly exit: number
  readonly kitchenOnly: boolean
  readonly outputs: string[] | null
  readonly cpythonFlags: string[]
  readonly sleepScale: string
}

export function parseProgram(path: string): Program {
  const source = readFileSync(path, 'utf8')
  const stdout: string[] = []
  let stderrLast: string | null = null
  let exit = 0
  let kitchenOnly = false
  let nondeterministic = false
  let cpythonFlags: string[] = []
  let sleepScale = '1'
  for (const line of source.split('\n')) {
    let m = /^\s*# expect: ?(.*)$/.exec(line)
    if (m) { stdout.push(m[1]); continue }
    m = /^\s*# expect stderr: (.*)$/.exec(line)
    if (m) { stderrLast = m[1]; continue }
    m = /^\s*# expect exit: (\d+)$/.exec(line)
    if (m) { exit = Number(m[1]); continue }
    if (/^\s*# kitchen-only\b/.test(line)) kitchenOnly = true
    if (/^\s*# nondeterministic\b/.test(line)) nondeterministic = true
    m = /^\s*# cpython-flags: (.*)$/.exec(line)
    if (m) cpythonFlags = m[1].trim().split(/\s+/)
    m = /^\s*# cpython-sleep-scale: ([\d.]+)$/.exec(line)
    if (m) sleepScale = m[1]
  }
  const outFile = path.replace(/\.py$/, '.outputs')
  const outputs = nondeterministic && existsSync(outFile)
    ? readFileSync(outFile, 'utf8').split(/^---\n/m).map((s) => s)
    : null
  const name = relative(PROGRAMS, path)
  return { path, name, feature: name.split('/')[0], source, stdout, stderrLast, exit, kitchenOnly, outputs, cpythonFlags, sleepScale }
}

/// Every program of the corpus, sorted by path.
export function listPrograms(): Program[] {
  const out: Program[] = []
  for (const feature of readdirSync(PROGRAMS).sort()) {
    const dir = join(PROGRAMS, feature)
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.py')) out.push(parseProgram(join(dir, f)))
  }
  return out
}

export interface ProcessResult {
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number | null
  readonly timedOut: boolean
}

/// Runs a program under python3 as `program.py` in a fresh folder, with the
/// kitchen module on the path, sleeps scaled down and line-buffered output
/// (as in a terminal).
export function runCPython(program: Program, timeoutMs = 20_000): Promise<ProcessResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kitchen-py-'))
  writeFileSync(join(dir, 'program.py'), program.source)
  const env = {
    ...process.env,
    PYTHONPATH: [join(ROOT, 'test', 'support', 'pyshim'), join(ROOT, 'electron', 'engine', 'lib', 'cpython')].join(':'),
    PYTHONIOENCODING: 'utf-8',
    PYTHONHASHSEED: '0',
    KITCHEN_SLEEP_SCALE: program.sleepScale,
    KITCHEN_LINE_BUFFERED: '1',
    KITCHEN_ATOMIC_PRINT: '1',
  }
  return new Promise((resolve) => {
    const child = spawn('python3', [...program.cpythonFlags, 'program.py'], { cwd: dir, env })
    let stdout = '', stderr = ''
    let timedOut = false
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL') }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      rmSync(dir, { recursive: true, force: true })
      resolve({ stdout, stderr, exitCode: code, timedOut })
    })
  })
}

/// The last non-empty line of a stream.
export function lastLine(text: string): string | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  return lines.length ? lines[lines.length - 1] : null
}

/// Runs async jobs with at most `limit` at once.
export async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
