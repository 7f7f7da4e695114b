# The stove has two burners, but the semaphore lets three cooks in.
# inspect: refuted assertion 2
import threading

burners = threading.Semaphore(3)
at_stove = 0
count = threading.Lock()

def cook():
    global at_stove
    with burners:
        with count:
            at_stove += 1
            assert at_stove <= 2, f"{at_stove} cooks on two burners"
        with count:
            at_stove -= 1

cooks = [threading.Thread(target=cook) for _ in range(3)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
