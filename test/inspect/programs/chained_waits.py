# Time adds up along a thread: the runner naps 1 s, then 1 s again (2 s in
# all, at least 1.4 s with durations 0.3), while the cook takes 1.5 s (at
# most 1.95 s). Each nap alone is shorter than the cook, the two together
# only nominally longer: with ranges the runner can come back first.
# inspect: certified
# inspect durations 0.3: refuted assertion 1
# inspect durations 0.1: certified
import threading
import time

plates = []

def cook():
    time.sleep(1.5)
    plates.append("stew")

c = threading.Thread(target=cook)
c.start()
time.sleep(1)
time.sleep(1)
assert plates == ["stew"], "the runner came back before the stew was plated"
c.join()
