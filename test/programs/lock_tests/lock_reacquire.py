# LockTests.test_reacquire: a Lock is not re-entrant; the second acquire blocks
# until another thread releases it.
import threading
import time

lock = threading.Lock()
phase = []
def f():
    lock.acquire()
    phase.append(None)
    lock.acquire()
    phase.append(None)
t = threading.Thread(target=f)
t.start()
time.sleep(0.1)
print("phase:", len(phase))
time.sleep(0.1)
print("still:", len(phase))
lock.release()
t.join()
print("after release:", len(phase))

# expect: phase: 1
# expect: still: 1
# expect: after release: 2
