# Lock: acquire/release, locked(), non-blocking and timed acquire, `with`.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("second try:", lock.acquire(False), lock.acquire(blocking=False))
print("timed try:", lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
results = []

def try_it():
    results.append(lock.acquire(timeout=0.01))

with lock:
    t = threading.Thread(target=try_it)
    t.start()
    t.join()
print("another thread timed out:", results)
try:
    with lock:
        raise ValueError("burnt")
except ValueError:
    pass
print("released after an exception:", not lock.locked())

# expect: False True True
# expect: second try: False False
# expect: timed try: False
# expect: False
# expect: inside with: True
# expect: after with: False
# expect: another thread timed out: [False]
# expect: released after an exception: True
