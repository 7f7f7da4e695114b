# notify() does not release the lock: the waiter returns from wait() only after
# the notifier leaves its `with` block.
import threading
import time

cond = threading.Condition()
log = []
ready = False

def waiter():
    with cond:
        while not ready:
            cond.wait()
        log.append("waiter returned from wait()")

t = threading.Thread(target=waiter)
t.start()
time.sleep(0.5)
with cond:
    ready = True
    cond.notify()
    log.append("notified")
    time.sleep(1)                # the waiter is awake but cannot have the lock
    log.append("notifier still holds the lock")
t.join()
print(log)

# expect: ['notified', 'notifier still holds the lock', 'waiter returned from wait()']
