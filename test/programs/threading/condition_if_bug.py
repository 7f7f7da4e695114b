# `if` instead of `while` around wait(): after notify_all() both consumers wake,
# but only one dish is there; the second one pops from an empty list.
import threading
import time

dishes = []
cond = threading.Condition()
waiting = 0
served = []

def consumer():
    global waiting
    with cond:
        if not dishes:           # the bug: should be `while not dishes:`
            waiting += 1
            cond.wait()
        served.append(dishes.pop())

threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
while True:
    with cond:
        if waiting == 2:
            break
    time.sleep(0.5)
with cond:
    dishes.append("soup")
    cond.notify_all()
for t in threads:
    t.join()
print("served:", served)

# expect: served: ['soup']
# expect stderr: IndexError: pop from empty list
