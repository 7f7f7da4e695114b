# The tip jar with a lock around the read-modify-write.
# inspect: certified
import threading

tips = 0
jar = threading.Lock()

def add_tip():
    global tips
    with jar:
        value = tips
        tips = value + 1

cooks = [threading.Thread(target=add_tip) for _ in range(2)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
assert tips == 2, f"lost a tip: {tips}"
