# put() on a full bounded queue waits until a consumer makes room.
import queue
import threading
import time

shelf = queue.Queue(maxsize=1)
start = time.monotonic()
put_at = []
got = []

def baker():
    for bread in ["rye", "spelt", "wheat"]:
        shelf.put(bread)
        put_at.append((bread, round(time.monotonic() - start)))

def buyer():
    for _ in range(3):
        time.sleep(1)
        got.append(shelf.get())

threads = [threading.Thread(target=baker), threading.Thread(target=buyer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("put (bread, second):", put_at)
print("got:", got)

# expect: put (bread, second): [('rye', 0), ('spelt', 1), ('wheat', 2)]
# expect: got: ['rye', 'spelt', 'wheat']
