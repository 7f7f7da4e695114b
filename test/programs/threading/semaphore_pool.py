# A BoundedSemaphore guards two fryers shared by five cooks.
import threading
import time

fryers = threading.BoundedSemaphore(2)
lock = threading.Lock()
using = 0
most = 0
order = []

def fry(name):
    global using, most
    with fryers:
        with lock:
            using += 1
            most = max(most, using)
            order.append(name)
        time.sleep(1)
        with lock:
            using -= 1

cooks = []
for i in range(5):
    t = threading.Thread(target=fry, args=(f"cook{i}",))
    cooks.append(t)
    t.start()
    time.sleep(0.1)
for t in cooks:
    t.join()
print("at most", most, "fryers in use; all fried:", sorted(order) == [f"cook{i}" for i in range(5)])

# expect: at most 2 fryers in use; all fried: True
