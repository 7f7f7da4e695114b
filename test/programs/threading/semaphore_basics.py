# Semaphore: a counter of permits; acquire blocks at zero; release adds one (or n).
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
with s:
    print("inside with")
print(s.acquire(False))
unbounded = threading.Semaphore(0)
unbounded.release()
unbounded.release()
print("a plain Semaphore can go above its start:", unbounded.acquire(False), unbounded.acquire(False))

# expect: True True False False
# expect: True
# expect: True True False
# expect: inside with
# expect: True
# expect: a plain Semaphore can go above its start: True True
