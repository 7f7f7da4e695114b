# The waiter clears the "order up" light, but it is the cook's to clear:
# if the waiter clears it after the cook lit it again, an order is missed.
# inspect: refuted deadlock 1
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
        taken.set()
        order_up.clear()

c = threading.Thread(target=cook)
w = threading.Thread(target=waiter)
c.start()
w.start()
c.join()
w.join()
