# Tickets go through a queue to two cooks; the runner serves what comes out.
import kitchen
import queue
import threading

tickets = queue.Queue()
ready = queue.Queue()

def cook():
    while True:
        dish = tickets.get()
        if dish is None:
            break
        ready.put(kitchen.cook(dish, 1))

cooks = [threading.Thread(target=cook) for _ in range(2)]
for c in cooks:
    c.start()
for dish in ["soup", "pie", "tea", "stew"]:
    tickets.put(dish)
for _ in cooks:
    tickets.put(None)
for _ in range(4):
    kitchen.serve(ready.get())
for c in cooks:
    c.join()
print(sorted(kitchen.served()), len(kitchen.served()))

# expect: ['pie', 'soup', 'stew', 'tea'] 4
