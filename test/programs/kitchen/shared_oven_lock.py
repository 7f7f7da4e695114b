# One oven, two bakers: a lock makes them take turns, so baking takes twice as long.
import kitchen
import threading
import time

oven = threading.Lock()
start = time.monotonic()
finished = {}

def baker(item):
    with oven:
        kitchen.bake(item, 2)
        kitchen.serve(item)
    finished[item] = round(time.monotonic() - start)

bakers = [threading.Thread(target=baker, args=(i,)) for i in ["bread", "cake"]]
for b in bakers:
    b.start()
for b in bakers:
    b.join()
print(sorted(finished.values()), len(kitchen.served()))

# expect: [2, 4] 2
