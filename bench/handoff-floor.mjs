// The floor under any GIL hand-off between Node worker threads on this
// machine: two workers that pass a turn back and forth through
// Atomics.wait/notify and do nothing else. A Python round trip on real
// threads costs at least two of these hand-offs plus the Python it runs.
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads'

/// Round trips per second over `rounds` round trips.
export async function handoffFloor(rounds) {
  const turn = new Int32Array(new SharedArrayBuffer(4))
  const players = [0, 1].map((me) => new Worker(new URL(import.meta.url), { workerData: { turn, me, rounds } }))
  await Promise.all(players.map((w) => new Promise((r) => w.once('message', r))))
  const t0 = performance.now()
  players.forEach((w) => w.postMessage('go'))
  await Promise.all(players.map((w) => new Promise((r) => w.once('exit', r))))
  return rounds / ((performance.now() - t0) / 1000)
}

if (!isMainThread) {
  const { turn, me, rounds } = workerData
  parentPort.once('message', () => {
    for (let i = 0; i < rounds; i++) {
      while (Atomics.load(turn, 0) !== me) Atomics.wait(turn, 0, 1 - me)
      Atomics.store(turn, 0, 1 - me)
      Atomics.notify(turn, 0)
    }
    process.exit(0)
  })
  parentPort.postMessage('ready')
}
