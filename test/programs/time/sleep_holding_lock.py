# Sleeping while holding a lock keeps everyone else out for the whole sleep.
import threading
import time

lock = threading.Lock()
start = time.monotonic()
log = []

def slow():
    with lock:
        time.sleep(2)

def quick():
    time.sleep(0.5)
    with lock:
        log.append(round(time.monotonic() - start))

threads = [threading.Thread(target=slow), threading.Thread(target=quick)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("quick got the lock after about", log[0], "s")

# expect: quick got the lock after about 2 s
