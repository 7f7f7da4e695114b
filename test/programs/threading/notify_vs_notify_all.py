# notify() wakes one waiter, notify(n) wakes n, notify_all() wakes the rest.
import threading
import time

cond = threading.Condition()
waiting = 0
woken = 0

def waiter():
    global waiting, woken
    with cond:
        waiting += 1
        cond.wait()
        woken += 1

threads = [threading.Thread(target=waiter) for _ in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if waiting == 5:
            break
    time.sleep(0.5)

def wake(how):
    with cond:
        how()
    time.sleep(0.5)              # let the woken ones run
    with cond:
        print("woken so far:", woken)

wake(cond.notify)
wake(lambda: cond.notify(2))
wake(cond.notify_all)
for t in threads:
    t.join()

# expect: woken so far: 1
# expect: woken so far: 3
# expect: woken so far: 5
