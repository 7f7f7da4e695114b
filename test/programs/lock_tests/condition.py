# ConditionTests: the lock it wraps, un-acquired wait/notify, notify(n) order,
# timeouts, wait_for.
import threading
import time

cond = threading.Condition(threading.Lock())
cond.acquire()
print("held:", not cond._lock.acquire(False))
cond.release()
print("free:", cond._lock.acquire(False))
cond._lock.release()
for call in [cond.wait, cond.notify]:
    try:
        call()
    except RuntimeError as e:
        print(e)

# notify(3) wakes three, notify(5) the rest: FIFO, and no one returns before
# the notifier releases the lock
c = threading.Condition()
ready = []
phase = [0]
results1, results2 = [], []
def f():
    with c:
        ready.append(1)
        r = c.wait()
        results1.append((r, phase[0]))
    with c:
        ready.append(1)
        r = c.wait()
        results2.append((r, phase[0]))
ts = [threading.Thread(target=f) for _ in range(5)]
for t in ts:
    t.start()
while len(ready) < 5:
    time.sleep(0.01)
ready.clear()
with c:
    c.notify(3)
    time.sleep(0.03)
    phase[0] = 1
while len(results1) < 3:
    time.sleep(0.01)
print(results1, results2)
while len(ready) < 3:
    time.sleep(0.01)
with c:
    c.notify(5)
    time.sleep(0.05)
    phase[0] = 2
while len(results1) + len(results2) < 8:
    time.sleep(0.01)
print(results1, results2)
with c:
    c.notify_all()
    phase[0] = 3
for t in ts:
    t.join()
print(results2)

# wait(timeout) with nobody notifying returns False
out = []
def timed():
    with c:
        start = time.monotonic()
        r = c.wait(0.5)
        out.append((r, 0.3 <= time.monotonic() - start < 5))
ts = [threading.Thread(target=timed) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

# wait_for: a predicate that becomes true, and one that times out
state = [0]
got = []
def wf():
    with c:
        got.append(c.wait_for(lambda: state[0] == 4))
        got.append(state[0])
t = threading.Thread(target=wf)
t.start()
for _ in range(4):
    time.sleep(0.01)
    with c:
        state[0] += 1
        c.notify()
t.join()
print(got)
state[0] = 0
got = []
def wft():
    with c:
        got.append(c.wait_for(lambda: state[0] == 4, timeout=0.1))
t = threading.Thread(target=wft)
t.start()
for _ in range(3):
    time.sleep(0.01)
    with c:
        state[0] += 1
        c.notify()
t.join()
print(got)

# expect: held: True
# expect: free: True
# expect: cannot wait on un-acquired lock
# expect: cannot notify on un-acquired lock
# expect: [(True, 1), (True, 1), (True, 1)] []
# expect: [(True, 1), (True, 1), (True, 1), (True, 2), (True, 2)] [(True, 2), (True, 2), (True, 2)]
# expect: [(True, 2), (True, 2), (True, 2), (True, 3), (True, 3)]
# expect: [(False, True), (False, True), (False, True)]
# expect: [True, 4]
# expect: [False]
