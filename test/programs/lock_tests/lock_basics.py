# BaseLockTests / LockTests: acquire, release, try-acquire, with, timeouts, no owner.
import threading
import time

lock = threading.Lock()
print(repr(lock).startswith("<unlocked"), lock.acquire(), repr(lock).startswith("<locked"))
lock.release()
print(lock.acquire(False), lock.acquire(False))
lock.release()

# contended: a thread's acquire(False) fails while main holds it
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(False)))
t.start(); t.join()
print("try while held:", got)

# five threads block until main releases
finished = []
def blocker():
    lock.acquire()
    lock.release()
    finished.append(1)
ts = [threading.Thread(target=blocker) for _ in range(5)]
for x in ts:
    x.start()
time.sleep(0.05)
print("finished before release:", len(finished))
lock.release()
for x in ts:
    x.join()
print("finished after release:", len(finished))

# with releases on an exception
try:
    with lock:
        raise TypeError("inside")
except TypeError:
    pass
print("released after error:", lock.acquire(False))
lock.release()

# a Lock has no owner: another thread may release it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by another thread:", not lock.locked())

# timeout errors and a timed-out acquire
for call in [lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-100), lambda: lock.acquire(timeout=1e100)]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(lock.acquire(timeout=5))
results = []
def timed():
    start = time.monotonic()
    results.append(lock.acquire(timeout=0.5))
    results.append(0.3 <= time.monotonic() - start < 5)
t = threading.Thread(target=timed)
t.start(); t.join()
print("timed acquire:", results)
lock.release()
print("state after timeout:", lock.locked(), lock.acquire(blocking=False))
lock.release()

# expect: True True True
# expect: True False
# expect: try while held: [False]
# expect: finished before release: 0
# expect: finished after release: 5
# expect: released after error: True
# expect: released by another thread: True
# expect: ValueError can't specify a timeout for a non-blocking call
# expect: ValueError timeout value must be positive
# expect: OverflowError timestamp out of range for platform time_t
# expect: True
# expect: timed acquire: [False, True]
# expect: state after timeout: False True
