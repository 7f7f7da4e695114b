# Two timers whose ranges never overlap: the sauce (1 s, at most 1.5 s) is
# always done before the roast (4 s, at least 2 s), whatever the lengths in
# their ranges; the order of wake-ups that cannot happen is never explored.
# inspect: certified
# inspect durations 0.5: certified
import threading
import time

done = []

def sauce():
    time.sleep(1)
    done.append("sauce")

def roast():
    time.sleep(4)
    done.append("roast")

cooks = [threading.Thread(target=roast), threading.Thread(target=sauce)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
assert done == ["sauce", "roast"], f"the roast beat the sauce: {done}"
