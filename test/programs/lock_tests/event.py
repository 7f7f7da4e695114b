# EventTests: is_set, waking waiters twice, timeouts, set() then clear().
import threading
import time

e = threading.Event()
print(e.is_set()); e.set(); print(e.is_set()); e.set(); print(e.is_set())
e.clear(); print(e.is_set()); e.clear(); print(e.is_set())

results1, results2 = [], []
def waiter():
    results1.append(e.wait())
    results2.append(e.wait())
ts = [threading.Thread(target=waiter) for _ in range(5)]
for t in ts:
    t.start()
time.sleep(0.05)
print("before set:", results1)
e.set()
for t in ts:
    t.join()
print(results1, results2)

e.clear()
out = []
def timed():
    out.append(e.wait(0.0))
    start = time.monotonic()
    r = e.wait(0.5)
    out.append((r, 0.3 <= time.monotonic() - start < 5))
ts = [threading.Thread(target=timed) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
e.set()
print(e.wait(0.0), e.wait(0.5))

# set() and at once clear(): every waiter still returns True
e2 = threading.Event()
got = []
ts = [threading.Thread(target=lambda: got.append(e2.wait(300))) for _ in range(5)]
for t in ts:
    t.start()
time.sleep(0.05)
e2.set()
e2.clear()
for t in ts:
    t.join()
print(got, e2.is_set())
print(repr(e).endswith(": set>"), repr(e2).endswith(": unset>"))

# expect: False
# expect: True
# expect: True
# expect: False
# expect: False
# expect: before set: []
# expect: [True, True, True, True, True] [True, True, True, True, True]
# expect: [False, False, False, (False, True), (False, True), (False, True)]
# expect: True True
# expect: [True, True, True, True, True] False
# expect: True True
