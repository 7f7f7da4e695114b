# Barrier.abort() and a timeout break the barrier for every waiter; reset() mends it.
import threading
import time

b = threading.Barrier(3)
outcomes = []
lock = threading.Lock()

def guest():
    try:
        b.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "broken"
    with lock:
        outcomes.append(result)

t = threading.Thread(target=guest)
t.start()
while b.n_waiting < 1:
    time.sleep(0.1)
b.abort()
t.join()
print(outcomes, b.broken)
b.reset()
print("after reset:", b.broken)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("timeout:", repr(e))

# expect: ['broken'] True
# expect: after reset: False
# expect: timeout: BrokenBarrierError()
