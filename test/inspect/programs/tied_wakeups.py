# Two dishwashers nap for the same half second, then count their racks
# without a lock. Waking at the same instant, their read-modify-writes can
# interleave and lose a rack; with durations as ranges that interleaving is
# still found (the written lengths, where the two tie, are explored too).
# inspect: refuted assertion 1
# inspect durations 0.25: refuted assertion 1
import threading
import time

racks = 0

def dishwasher():
    global racks
    for _ in range(2):
        time.sleep(0.5)
        count = racks
        racks = count + 1

washers = [threading.Thread(target=dishwasher) for _ in range(2)]
for w in washers:
    w.start()
for w in washers:
    w.join()
assert racks == 4, f"a rack was lost: {racks}"
