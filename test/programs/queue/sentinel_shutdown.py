# Several workers share a queue and stop at a sentinel (one per worker).
import queue
import threading

orders = queue.Queue()
served = []
lock = threading.Lock()
STOP = None

def waiter():
    while True:
        order = orders.get()
        if order is STOP:
            break
        with lock:
            served.append(order)

workers = [threading.Thread(target=waiter) for _ in range(3)]
for w in workers:
    w.start()
for i in range(10):
    orders.put(f"order {i}")
for _ in workers:
    orders.put(STOP)
for w in workers:
    w.join()
print(len(served), sorted(served, key=lambda s: int(s.split()[1])) == [f"order {i}" for i in range(10)])
print("queue empty:", orders.empty())

# expect: 10 True
# expect: queue empty: True
