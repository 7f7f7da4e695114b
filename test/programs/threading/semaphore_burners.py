import threading
import time
burners = threading.Semaphore(3)
lock = threading.Lock()
in_use = 0
peak = 0
def cook(i):
    global in_use, peak
    with burners:
        with lock:
            in_use += 1
            peak = max(peak, in_use)
        time.sleep(0.2)
        with lock:
            in_use -= 1
threads = [threading.Thread(target=cook, args=(i,)) for i in range(7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak burners in use:", peak)

# expect: peak burners in use: 3
