# An unlocked read-modify-write: two cooks add to the tip jar.
# inspect: refuted assertion 1
import threading

tips = 0

def add_tip():
    global tips
    value = tips
    tips = value + 1

cooks = [threading.Thread(target=add_tip) for _ in range(2)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
assert tips == 2, f"lost a tip: {tips}"
