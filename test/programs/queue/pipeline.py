import queue
import threading
import time
orders = queue.Queue()
done = queue.Queue()
def cook():
    while True:
        dish = orders.get()
        if dish is None:
            break
        time.sleep(0.1)
        done.put(dish.upper())
cooks = [threading.Thread(target=cook) for _ in range(2)]
for c in cooks:
    c.start()
for dish in ["soup", "salad", "stew", "pie"]:
    orders.put(dish)
for _ in cooks:
    orders.put(None)
for c in cooks:
    c.join()
print(sorted(done.get() for _ in range(4)))

# expect: ['PIE', 'SALAD', 'SOUP', 'STEW']
