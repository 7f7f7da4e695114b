# `while` around wait(): a consumer that wakes to an empty list waits again.
import threading
import time

dishes = []
cond = threading.Condition()
waiting = 0
served = []

def consumer():
    global waiting
    with cond:
        while not dishes:
            waiting += 1
            cond.wait()
        served.append(dishes.pop())

threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()

def wait_for_waiters(n):
    while True:
        with cond:
            if waiting >= n:
                return
        time.sleep(0.5)

wait_for_waiters(2)
with cond:
    dishes.append("soup")
    cond.notify_all()
wait_for_waiters(3)              # the unlucky one went back to waiting
print("served so far:", served)
with cond:
    dishes.append("stew")
    cond.notify()
for t in threads:
    t.join()
print("served:", sorted(served))

# expect: served so far: ['soup']
# expect: served: ['soup', 'stew']
