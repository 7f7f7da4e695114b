# A read, a pause, a write: both cooks read the same count before either writes it back,
# so one update is lost every time (no luck needed; the sleep makes the race certain).
import threading
import time

orders = 0

def take_order():
    global orders
    seen = orders
    time.sleep(0.5)          # e.g. writing the ticket
    orders = seen + 1

cooks = [threading.Thread(target=take_order) for _ in range(2)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
print("orders counted:", orders, "of 2")

# expect: orders counted: 1 of 2
