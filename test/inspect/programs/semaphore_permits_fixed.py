# Two burners, two permits.
# inspect: certified
import threading

burners = threading.Semaphore(2)
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
