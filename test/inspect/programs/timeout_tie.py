# The cook waits for the truck exactly as long as the drive takes, and the
# program assumes the cook is at the back door first. At that same instant
# either can go first: a wait(timeout) that could go either way.
# inspect: refuted assertion 0
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
delivered.wait(timeout=1)
arrivals.append("cook")
d.join()
assert arrivals[0] == "cook", f"the truck beat the cook: {arrivals}"
