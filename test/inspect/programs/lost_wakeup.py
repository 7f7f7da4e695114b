# The cook rings the bell (notify) before the runner waits for it, and the
# runner waits without checking whether the dish is already there.
# inspect: refuted deadlock 1
import threading

bell = threading.Condition()

def runner():
    with bell:
        bell.wait()
    print("picked up the dish")

def cook():
    with bell:
        bell.notify()

r = threading.Thread(target=runner)
c = threading.Thread(target=cook)
r.start()
c.start()
r.join()
c.join()
