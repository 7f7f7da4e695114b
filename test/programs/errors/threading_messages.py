import threading
lock = threading.Lock()
cond = threading.Condition()
t = threading.Thread(target=lambda: None)
checks = [
    lambda: cond.wait(),
    lambda: cond.notify(),
    lambda: lock.release(),
    lambda: threading.RLock().release(),
    lambda: t.join(),
    lambda: threading.current_thread().join(),
    lambda: threading.BoundedSemaphore(1).release(),
    lambda: lock.acquire(False, 1),
    lambda: lock.acquire(timeout=-2),
]
for check in checks:
    try:
        check()
    except Exception as e:
        print(type(e).__name__, e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)
b = threading.Barrier(2, timeout=0.1)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken", repr(e), b.broken)

# expect: RuntimeError cannot wait on un-acquired lock
# expect: RuntimeError cannot notify on un-acquired lock
# expect: RuntimeError release unlocked lock
# expect: RuntimeError cannot release un-acquired lock
# expect: RuntimeError cannot join thread before it is started
# expect: RuntimeError cannot join current thread
# expect: ValueError Semaphore released too many times
# expect: ValueError can't specify a timeout for a non-blocking call
# expect: ValueError timeout value must be positive
# expect: threads can only be started once
# expect: broken BrokenBarrierError() True
