# SemaphoreTests / BoundedSemaphoreTests.
import threading
import time

for v in [-1, -5]:
    try:
        threading.Semaphore(v)
    except ValueError as e:
        print(e)
s = threading.Semaphore(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
print(s.acquire(False))
try:
    s.acquire(False, timeout=1.0)
except ValueError as e:
    print(e)
print(s.acquire(timeout=0.005))
s.release(); s.release()
print(repr(s).endswith("value=2>"))

# contended: Semaphore(7) with one taken; ten threads try two acquires each
sem = threading.Semaphore(7)
sem.acquire()
phase = [0]
results = []
def f():
    sem.acquire()
    results.append(phase[0])
    sem.acquire()
    results.append(phase[0])
ts = [threading.Thread(target=f) for _ in range(10)]
for t in ts:
    t.start()
time.sleep(0.1)
print(len(results), results)
phase[0] = 1
for _ in range(7):
    sem.release()
time.sleep(0.1)
print(len(results), sorted(results))
phase[0] = 2
sem.release(6)
time.sleep(0.1)
print(len(results), sorted(results), sem.acquire(False))
sem.release()
for t in ts:
    t.join()
print(len(results))

# with: nested levels are released on an error
s = threading.Semaphore(2)
try:
    with s:
        print(s.acquire(False)); s.release()
        with s:
            print(s.acquire(False))
            raise TypeError("x")
except TypeError:
    pass
print(s.acquire(False), s.acquire(False))

b = threading.BoundedSemaphore()
try:
    b.release()
except ValueError as e:
    print(e)
b.acquire(); b.release()
b3 = threading.BoundedSemaphore(3)
b3.acquire()
try:
    b3.release(3)
except ValueError as e:
    print(e, repr(b3).endswith("value=2/3>"))
print(threading.Semaphore(1).release() is None)

# expect: semaphore initial value must be >= 0
# expect: semaphore initial value must be >= 0
# expect: True True False
# expect: True
# expect: can't specify timeout for non-blocking acquire
# expect: False
# expect: True
# expect: 6 [0, 0, 0, 0, 0, 0]
# expect: 13 [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]
# expect: 19 [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2] False
# expect: 20
# expect: True
# expect: False
# expect: True True
# expect: Semaphore released too many times
# expect: Semaphore released too many times True
# expect: True
