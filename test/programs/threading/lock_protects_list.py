# A lock around a read-call-write keeps every update, whatever the interleaving.
import threading

stock = {"eggs": 0}
lock = threading.Lock()

def restock(n):
    for _ in range(n):
        with lock:
            stock["eggs"] = add(stock["eggs"], 1)

def add(a, b):
    return a + b

threads = [threading.Thread(target=restock, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stock)

# expect: {'eggs': 20000}
