# The cook gives the truck a margin and waits for it: the truck is first.
# inspect: certified
import threading
import time

delivered = threading.Event()
arrivals = []

def driver():
    time.sleep(1)
    arrivals.append("truck")
    delivered.set()

d = threading.Thread(target=driver)
d.start()
delivered.wait(timeout=2)
arrivals.append("cook")
d.join()
assert arrivals[0] == "truck", f"the cook did not wait: {arrivals}"
