# A lost wake-up: the chef notifies before the waiter waits, and the waiter
# does not check any state first, so it waits forever.
import threading
import time

cond = threading.Condition()

def chef():
    with cond:
        print("chef: the soup is ready")
        cond.notify()             # nobody is waiting yet: the notify is lost

def waiter():
    time.sleep(1)
    with cond:
        print("waiter: waiting for the soup")
        cond.wait()               # should check a `ready` flag first
        print("waiter: got it")

c = threading.Thread(target=chef)
w = threading.Thread(target=waiter)
c.start()
w.start()
c.join()
w.join()
# expect: chef: the soup is ready
# expect: waiter: waiting for the soup
# expect stderr: KitchenError: deadlock (exit code 3)
# expect exit: 3
