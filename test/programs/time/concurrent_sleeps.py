# Three threads sleeping 2 s each at once take about 2 s in all, not 6.
import threading
import time

start = time.monotonic()
threads = [threading.Thread(target=time.sleep, args=(2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("at least 2 s:", elapsed >= 2, "- well under 6 s:", elapsed < 4)

# expect: at least 2 s: True - well under 6 s: True
