/// The judge thread's worker (judge-thread.ts says why it exists): judges a
/// level run or checks a pack, one message at a time, and answers with the
/// result or the error (a PackError's problems travel as a list).

import { parentPort } from 'node:worker_threads'
import { judgeLevelRun } from './levels.ts'
import { readPack, PackError } from './pack.ts'
import type { JudgeJob, JudgeReply } from './judge-thread.ts'

parentPort!.on('message', (m: JudgeJob & { id: number }) => {
  let reply: JudgeReply
  try {
    const value = m.job === 'judge'
      ? judgeLevelRun(m.level, m.source, m.run, m.statements, m.seed, (p) => parentPort!.postMessage({ id: m.id, progress: { schedules: p.schedules, bound: p.bound } }))
      : readPack(m.text, m.name, { judge: true })
    reply = { id: m.id, ok: true, value }
  } catch (e) {
    reply = { id: m.id, ok: false, message: (e as Error).message ?? String(e), problems: e instanceof PackError ? e.problems : null }
  }
  parentPort!.postMessage(reply)
})
