# BarrierTests: lock-step passes, indices, action, abort, reset, timeouts.
import threading
import time

N = 5
def run(fn):
    ts = [threading.Thread(target=fn) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

b = threading.Barrier(N, timeout=2.0)
r0, r1 = [], []
def multipass():
    for i in range(3):
        r0.append(1)
        assert len(r1) == i * N
        b.wait()
        r1.append(1)
        assert len(r0) == (i + 1) * N
        b.wait()
run(multipass)
print(len(r0), len(r1), b.n_waiting, b.broken)

indices = []
run(lambda: indices.append(b.wait()))
print(sorted(indices), sum(indices))

ran = []
ba = threading.Barrier(N, action=lambda: ran.append(1))
seen = []
def act():
    ba.wait()
    seen.append(len(ran))
run(act)
print(seen)

bb = threading.Barrier(N)
passed, broken = [], []
def abort():
    try:
        i = bb.wait()
        if i == N // 2:
            raise RuntimeError
        bb.wait()
        passed.append(True)
    except threading.BrokenBarrierError:
        broken.append(True)
    except RuntimeError:
        bb.abort()
run(abort)
print(len(passed), len(broken), bb.broken)

br = threading.Barrier(N)
res1, res2, res3 = [], [], []
def reset():
    i = br.wait()
    if i == N // 2:
        while br.n_waiting < N - 1:
            time.sleep(0.001)
        br.reset()
    else:
        try:
            br.wait()
            res1.append(True)
        except threading.BrokenBarrierError:
            res2.append(True)
    br.wait()
    res3.append(True)
run(reset)
print(len(res1), len(res2), len(res3))

bt = threading.Barrier(N)
late = []
def timeout():
    i = bt.wait()
    if i == N // 2:
        time.sleep(1.0)
    try:
        bt.wait(0.5)
    except threading.BrokenBarrierError:
        late.append(True)
run(timeout)
print(len(late), bt.broken)

bd = threading.Barrier(2, timeout=0.1)
start = time.monotonic()
try:
    bd.wait()
except threading.BrokenBarrierError:
    print("default timeout", time.monotonic() - start >= 0.1)
one = threading.Barrier(1)
print(one.wait(), one.wait(), one.parties)
print(repr(threading.Barrier(3)).endswith("waiters=0/3>"))

# expect: 15 15 0 False
# expect: [0, 1, 2, 3, 4] 10
# expect: [1, 1, 1, 1, 1]
# expect: 0 4 True
# expect: 0 4 5
# expect: 5 True
# expect: default timeout True
# expect: 0 0 1
# expect: True
