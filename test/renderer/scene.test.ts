// The kitchen scene and the timeline are derived from (trace, playhead)
// alone: checked here on traces of real runs, without a browser.
import { describe, it, expect } from 'vitest'
import { runProgram } from '../../electron/engine/index.ts'
import { buildModel, TICK } from '../../renderer/src/model/trace-model.ts'
import { sceneAt, STATION_SPOTS } from '../../renderer/src/model/scene.ts'
import { layoutTimeline } from '../../renderer/src/model/timeline.ts'
import { separate } from '../../renderer/src/model/labels.ts'

const DESSERT = `import threading
import kitchen

def bake_dessert():
    kitchen.bake("cake", 5)

t = threading.Thread(target=bake_dessert, name="Assistant")
t.start()
kitchen.chop("salad", 2)
t.join()
kitchen.serve("cake")
`

const TOO_EARLY = `import threading
import kitchen

ready = threading.Event()

def bake_dessert():
    ready.wait()
    kitchen.bake("cake", 5)

t = threading.Thread(target=bake_dessert, name="Assistant")
t.start()
t.join()
ready.set()
`

const CONDITION = `import threading
import kitchen

cond = threading.Condition()
dishes = []

def runner():
    with cond:
        while not dishes:
            cond.wait()
    kitchen.serve(dishes.pop())

r = threading.Thread(target=runner, name="Runner")
r.start()
kitchen.cook("soup", 2)
with cond:
    dishes.append("soup")
    cond.notify()
r.join()
`

describe('trace model', () => {
  it('gives one lane per thread with the states the program went through', () => {
    const m = buildModel(runProgram(DESSERT).trace)
    expect(m.threads.map((t) => t.name)).toEqual(['MainThread', 'Assistant'])
    expect(m.ending).toBe('exit')
    const main = m.threads[0].segments.map((s) => s.state)
    expect(main).toContain('working')
    expect(main).toContain('joining')
    expect(main[main.length - 1]).toBe('done')
    const baking = m.threads[1].segments.find((s) => s.state === 'working')!
    expect(baking.action).toEqual({ name: 'bake', dish: 'cake', station: 'oven' })
    // 5 kitchen seconds of baking take 5 display seconds, plus a tick for each event in between at the same time
    expect(baking.end - baking.start).toBeGreaterThanOrEqual(5)
    expect(baking.end - baking.start).toBeLessThan(5 + 4 * TICK)
    expect(m.served.map((s) => s.dish)).toEqual(['cake'])
  })

  it('starting threads shows no signal and no wait: start() and the new thread meet inside the library', () => {
    const src = 'import threading, kitchen\ncooks = [threading.Thread(target=kitchen.chop, args=("leek", 1)) for _ in range(3)]\nfor c in cooks: c.start()\nfor c in cooks: c.join()\n'
    for (const seed of [1, 2, 3]) {
      const m = buildModel(runProgram(src, { seed }).trace)
      expect(m.objects.filter((o) => o.kind !== 'lock')).toEqual([])
      expect(m.threads[0].segments.some((s) => s.state === 'waiting')).toBe(false)
      expect(sceneAt(m, m.duration / 3, false).signs).toEqual([])
    }
  })

  it('display times never go backwards and same-time events are a tick apart', () => {
    const m = buildModel(runProgram(CONDITION).trace)
    for (let i = 1; i < m.at.length; i++) expect(m.at[i]).toBeGreaterThanOrEqual(m.at[i - 1])
    const visibleGaps = m.at.slice(1).map((a, i) => a - m.at[i]).filter((d) => d > 0)
    expect(Math.min(...visibleGaps)).toBeGreaterThanOrEqual(TICK - 1e-9)
  })

  it('draws an arrow from notify to the wake-up it caused, and from thread end to join', () => {
    const m = buildModel(runProgram(CONDITION).trace)
    const main = m.threads[0].ident
    const runner = m.threads[1].ident
    expect(m.arrows.some((a) => a.kind === 'notify' && a.fromThread === main && a.toThread === runner)).toBe(true)
    expect(m.arrows.some((a) => a.kind === 'join' && a.fromThread === runner && a.toThread === main)).toBe(true)
    for (const a of m.arrows) expect(a.toAt).toBeGreaterThanOrEqual(a.fromAt)
  })

  it("shows an Event as its starter pistol only, not the library's condition inside it", () => {
    const src = 'import threading, kitchen\nopen_ = threading.Event()\ndef cook():\n    open_.wait()\n    kitchen.cook("soup", 1)\nt = threading.Thread(target=cook)\nt.start()\nkitchen.chop("leek", 1)\nopen_.set()\nt.join()\n'
    for (const seed of [1, 2, 3]) {
      const m = buildModel(runProgram(src, { seed }).trace)
      expect(m.objects.map((o) => `${o.kind}:${o.label}`)).toEqual(['event:Starter pistol'])
      expect(m.arrows.filter((a) => a.kind === 'set')).toHaveLength(1)
    }
    // set() with nobody waiting yet rings no Ready sign either
    const early = 'import threading\ne = threading.Event()\ne.set()\ne.wait()\n'
    expect(buildModel(runProgram(early).trace).objects.map((o) => o.kind)).toEqual(['event'])
  })

  it("shows a Queue as its tray, a Semaphore as its burners and a Barrier as itself, not the library's conditions inside them", () => {
    const tray = 'import threading, queue, kitchen\nq = queue.Queue()\ndef runner():\n    kitchen.serve(q.get())\nt = threading.Thread(target=runner)\nt.start()\nkitchen.cook("soup", 1)\nq.put("soup")\nt.join()\n'
    const burners = 'import threading, kitchen\nb = threading.Semaphore(1)\ndef cook(d):\n    with b:\n        kitchen.cook(d, 1)\nts = [threading.Thread(target=cook, args=(d,)) for d in ["a", "b", "c"]]\nfor t in ts: t.start()\nfor t in ts: t.join()\n'
    const barrier = 'import threading, kitchen\nb = threading.Barrier(2)\ndef cook(d):\n    kitchen.cook(d, 1)\n    b.wait()\n    kitchen.serve(d)\nts = [threading.Thread(target=cook, args=(d,)) for d in ["a", "b"]]\nfor t in ts: t.start()\nfor t in ts: t.join()\n'
    for (const seed of [1, 2]) {
      expect(buildModel(runProgram(barrier, { seed }).trace).objects.map((o) => o.label)).toEqual(['Barrier'])
      expect(buildModel(runProgram(tray, { seed }).trace).objects.map((o) => o.label)).toEqual(['Tray'])
      expect(buildModel(runProgram(burners, { seed }).trace).objects.map((o) => o.label)).toEqual(['Burners'])
    }
  })

  it("hides the library's own start() handshake", () => {
    const m = buildModel(runProgram(DESSERT).trace)
    expect(m.objects).toEqual([])
    expect(m.arrows.filter((a) => a.kind === 'set')).toEqual([])
  })
})

describe('scene', () => {
  it('is a pure function of (trace, playhead)', () => {
    const m = buildModel(runProgram(CONDITION).trace)
    for (const p of [0, 0.5, 1.7, m.duration / 2, m.duration]) expect(sceneAt(m, p)).toEqual(sceneAt(m, p))
  })

  it('puts a baking cook at the oven with progress, then back home', () => {
    const m = buildModel(runProgram(DESSERT).trace)
    const seg = m.threads[1].segments.find((s) => s.state === 'working')!
    const mid = sceneAt(m, (seg.start + seg.end) / 2)
    const cook = mid.cooks.find((c) => c.name === 'Assistant')!
    expect(cook.state).toBe('working')
    expect(cook.progress).toBeCloseTo(0.5, 2)
    expect(Math.abs(cook.x - STATION_SPOTS.oven.x)).toBeLessThan(60)
    expect(mid.stations.find((s) => s.id === 'oven')!.busy).toBe(1)
    expect(mid.time).toBeGreaterThan(0)
    const end = sceneAt(m, m.duration)
    expect(end.ended).toBe(true)
    expect(end.served).toEqual(['cake'])
    expect(end.cooks.every((c) => c.state === 'done')).toBe(true)
  })

  it('cooks side by side saying the same thing share one bubble; a different word keeps its own', () => {
    const src = 'import threading, kitchen\ncooks = [threading.Thread(target=kitchen.chop, args=("onion", 2), name=f"Assistant {i}") for i in range(4)]\nfor c in cooks: c.start()\nkitchen.chop("garlic", 2)\nfor c in cooks: c.join()\n'
    const m = buildModel(runProgram(src).trace)
    const chopping = (p: number) => sceneAt(m, p).cooks.filter((c) => c.state === 'working')
    const p = m.threads.map((t) => t.segments.find((s) => s.state === 'working')!).reduce((a, s) => Math.max(a, s.start), 0) + 0.5
    expect(chopping(p)).toHaveLength(5)
    expect(chopping(p).map((c) => c.says).filter((w) => w !== null).sort()).toEqual(['chops garlic', 'chops onion ×4'])
    // the first of them, in thread order, says it for all
    expect(chopping(p).find((c) => c.says === 'chops onion ×4')!.name).toBe('Assistant 0')
  })

  it('cooks waiting at join() at once stand side by side, not on one spot', () => {
    const src = 'import threading, kitchen\ndef wait_for(t):\n    t.join()\nslow = threading.Thread(target=kitchen.bake, args=("bread", 3), name="Baker")\nslow.start()\nw = threading.Thread(target=wait_for, args=(slow,), name="Waiter")\nw.start()\nkitchen.chop("leek", 1)\nslow.join()\nw.join()\n'
    const m = buildModel(runProgram(src).trace)
    const main = m.threads[0].segments.find((s) => s.state === 'joining')!
    const joining = sceneAt(m, main.start + 0.5, true).cooks.filter((c) => c.state === 'joining')
    expect(joining.map((c) => c.name).sort()).toEqual(['MainThread', 'Waiter'])
    expect(Math.abs(joining[0].x - joining[1].x)).toBeGreaterThanOrEqual(40)
    expect(joining.map((c) => c.says).filter((w) => w !== null)).toEqual(['waits at join() ×2'])
    // joining different threads, they stand together all the same, and share the bubble
    const two = 'import threading, kitchen\na = threading.Thread(target=kitchen.bake, args=("bread", 3), name="Baker")\nc = threading.Thread(target=kitchen.bake, args=("cake", 3), name="Pastry")\nw = threading.Thread(target=c.join, name="Waiter")\nfor t in (a, c, w): t.start()\nkitchen.chop("leek", 1)\na.join()\nw.join()\n'
    const m2 = buildModel(runProgram(two).trace)
    const at = m2.threads[0].segments.find((s) => s.state === 'joining')!.start + 0.5
    const both = sceneAt(m2, at, true).cooks.filter((c) => c.state === 'joining')
    expect(both.map((c) => c.name).sort()).toEqual(['MainThread', 'Waiter'])
    expect(both.map((c) => c.says).filter((w) => w !== null)).toEqual(['waits at join() ×2'])
  })

  it('moves overlapping labels apart a step at a time, in order, and leaves apart ones alone', () => {
    const tag = (x: number) => ({ x, y: 100, w: 80, h: 20 })
    const steps = (moves: { steps: number; dx: number }[]) => moves.map((m) => m.steps)
    // three tags 45 apart: the second overlaps the first, the third only the second
    expect(steps(separate([tag(0), tag(45), tag(90)], 22, 1))).toEqual([0, 1, 0])
    expect(steps(separate([tag(0), tag(200)], 22, 1))).toEqual([0, 0])
    // bubbles go up; a crowd bigger than the steps allowed stops at the last
    expect(steps(separate([tag(0), tag(1), tag(2)], 22, -1))).toEqual([0, 1, 2])
    expect(steps(separate([tag(0), tag(1), tag(2), tag(3)], 22, -1, 2))).toEqual([0, 1, 2, 2])
    // words on the walls do not move: a tag steps around them
    const wall = { x: 10, y: 110, w: 40, h: 30 }
    expect(separate([tag(0), tag(200)], 22, 1, 4, [wall])).toEqual([{ steps: 2, dx: 0 }, { steps: 0, dx: 0 }])
    // or, when it may, slides sideways off them and stays in its row
    expect(separate([tag(0)], 22, 1, 4, [wall], 80)).toEqual([{ steps: 0, dx: -52 }])
    expect(separate([tag(0)], 22, 1, 4, [{ ...wall, x: -10 }], 80)).toEqual([{ steps: 0, dx: 52 }])
    // but not onto another label, nor further than it may: then it steps down and slides there
    expect(separate([tag(-110), tag(0)], 22, 1, 4, [wall], 60)).toEqual([{ steps: 0, dx: 0 }, { steps: 1, dx: -52 }])
  })

  it('walks: halfway through a walk a cook is between its spots; reduced motion jumps', () => {
    const m = buildModel(runProgram(DESSERT).trace)
    const seg = m.threads[1].segments.find((s) => s.state === 'working')!
    const walking = sceneAt(m, seg.start + 0.1).cooks.find((c) => c.name === 'Assistant')!
    const arrived = sceneAt(m, seg.start + 1).cooks.find((c) => c.name === 'Assistant')!
    const jumped = sceneAt(m, seg.start + 0.1, true).cooks.find((c) => c.name === 'Assistant')!
    expect(walking.y).toBeGreaterThan(arrived.y)
    expect(jumped.y).toBe(arrived.y)
  })

  it('shows a blocked kitchen: who waits on what when join() comes too early', () => {
    const r = runProgram(TOO_EARLY)
    expect(r.exitCode).toBe(3)
    const m = buildModel(r.trace)
    expect(m.ending).toBe('deadlock')
    const end = sceneAt(m, m.duration)
    expect(end.deadlocked).toBe(true)
    const bubbles = Object.fromEntries(end.cooks.map((c) => [c.name, c.bubble]))
    expect(bubbles).toEqual({ MainThread: 'waits at join()', Assistant: 'waits for Starter pistol' })
    expect(end.signs.map((s) => [s.label, s.on, s.waiting])).toEqual([['Starter pistol', false, 1]])
  })

  it('shows a run the player stopped as stopped, not as ended by itself', () => {
    const trace = runProgram(DESSERT).trace
    const cut = trace.slice(0, trace.findIndex((e) => e.kind === 'action-end'))
    const streaming = buildModel(cut)
    expect(streaming.ending).toBe('running')
    expect(sceneAt(streaming, streaming.duration).ended).toBe(false)
    const m = buildModel(cut, true)
    expect(m.ending).toBe('stopped')
    const end = sceneAt(m, m.duration)
    expect(end).toMatchObject({ ended: true, stopped: true, deadlocked: false })
    expect(sceneAt(m, 0).stopped).toBe(false)
    // a whole run is never 'stopped', whatever the flag says
    expect(buildModel(trace, true).ending).toBe('exit')
  })

  it('shows the lock holder and the queue at its door', () => {
    const src = `import threading, kitchen
oven = threading.Lock()
def baker(d):
    with oven:
        kitchen.bake(d, 3)
ts = [threading.Thread(target=baker, args=(d,), name=d) for d in ["A", "B", "C"]]
for t in ts: t.start()
for t in ts: t.join()
`
    const m = buildModel(runProgram(src).trace)
    const firstBake = Math.min(...m.threads.flatMap((t) => t.segments.filter((s) => s.state === 'working').map((s) => s.start)))
    const s = sceneAt(m, firstBake + 1.5)
    expect(s.doors).toHaveLength(1)
    expect(s.doors[0].holder).not.toBeNull()
    expect(s.doors[0].queue).toBe(2)
    expect(s.cooks.filter((c) => c.state === 'blocked').map((c) => c.bubble)).toEqual(['waits for Lock', 'waits for Lock'])
  })
})

describe('timeline layout', () => {
  it('has one lane per thread, bars inside the width, and scrubbing maps x back to time', () => {
    const m = buildModel(runProgram(CONDITION).trace)
    const g = { width: 800, labelWidth: 120, laneHeight: 24, top: 10 }
    const l = layoutTimeline(m, g)
    expect(l.lanes).toHaveLength(2)
    expect(l.lanes[1].y - l.lanes[0].y).toBe(24)
    for (const lane of l.lanes) for (const b of lane.bars) {
      expect(b.x).toBeGreaterThanOrEqual(120)
      expect(b.x + b.w).toBeLessThanOrEqual(800)
    }
    expect(l.arrows.length).toBe(m.arrows.length)
    expect(l.pOf(l.xOf(m.duration / 3))).toBeCloseTo(m.duration / 3, 6)
    expect(l.pOf(0)).toBe(0)
    const notify = l.arrows.find((a) => a.kind === 'notify')!
    expect(notify.y1).toBeLessThan(notify.y2)
  })
})

import { buildDoc, slotNear, place, removeAt } from '../../renderer/src/model/program-doc.ts'

describe('program document', () => {
  const lines = ['import threading', 't = threading.Thread(target=f)', '# slot: start', 'work()', '    # slot: wait', 'done()']
  const places = [{ name: 'start', index: 2, indent: '' }, { name: 'wait', index: 4, indent: '    ' }]

  it('shows empty slots as blank lines that the running program does not have', () => {
    const d = buildDoc(lines, places, {})
    expect(d.text).toBe('import threading\nt = threading.Thread(target=f)\n\nwork()\n    \ndone()\n')
    expect(d.places).toEqual([{ name: 'start', line: 3, filled: false }, { name: 'wait', line: 5, filled: false }])
    // the program that runs has 4 lines: they are document lines 1, 2, 4, 6
    expect(d.runToDoc).toEqual([1, 2, 4, 6])
  })

  it('puts placed statements into their slot, indented like it, and takes them out again', () => {
    let p = place({}, 'wait', 't.join()')
    p = place(p, 'start', 't.start()')
    const d = buildDoc(lines, places, p)
    expect(d.text).toBe('import threading\nt = threading.Thread(target=f)\nt.start()\nwork()\n    t.join()\ndone()\n')
    expect(d.runToDoc).toEqual([1, 2, 3, 4, 5, 6])
    expect(slotNear(d, 5)).toBe('wait')
    expect(slotNear(d, 1)).toBeNull()
    expect(removeAt(p, d, 5)).toEqual({ start: ['t.start()'], wait: [] })
    expect(removeAt(p, d, 4)).toBe(p)
  })
})

describe('the Ready sign', () => {
  it('rings when notify() wakes someone and shows a lost ring when nobody waits', () => {
    const src = `import threading
cond = threading.Condition()
with cond:
    cond.notify()
def waiter():
    with cond:
        cond.wait(timeout=1)
t = threading.Thread(target=waiter)
t.start()
`
    const m = buildModel(runProgram(src).trace)
    const sign = m.objects.find((o) => o.kind === 'condition')!
    expect(sign.rings.map(([, n]) => n)).toEqual([0])
    const at = sign.rings[0][0]
    expect(sceneAt(m, at + 0.1).signs[0].rang).toBe('lost')
    expect(sceneAt(m, at + 5).signs[0].rang).toBeNull()
  })
})
