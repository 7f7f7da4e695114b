# Threads that sleep different lengths wake in order of their wake-up times.
import threading
import time

order = []
lock = threading.Lock()

def cook(dish, seconds):
    time.sleep(seconds)
    with lock:
        order.append(dish)

threads = [threading.Thread(target=cook, args=a) for a in [("roast", 3), ("soup", 1), ("salad", 0.5), ("stew", 2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)

# expect: ['salad', 'soup', 'stew', 'roast']
