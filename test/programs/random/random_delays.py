# Random cooking times change who finishes first, but never what gets cooked.
import random
import threading
import time

done = []
lock = threading.Lock()

def cook(dish):
    time.sleep(random.uniform(0.5, 2))
    with lock:
        done.append(dish)

threads = [threading.Thread(target=cook, args=(d,)) for d in ["soup", "pie", "tea", "stew"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), len(done))

# expect: ['pie', 'soup', 'stew', 'tea'] 4
