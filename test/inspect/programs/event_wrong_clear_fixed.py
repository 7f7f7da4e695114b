# Each light is cleared by the one who waits on it, before saying so.
# inspect: certified
import threading

order_up = threading.Event()
taken = threading.Event()

def cook():
    for dish in range(2):
        order_up.set()
        taken.wait()
        taken.clear()

def waiter():
    for dish in range(2):
        order_up.wait()
        order_up.clear()
        taken.set()

c = threading.Thread(target=cook)
w = threading.Thread(target=waiter)
c.start()
w.start()
c.join()
w.join()
