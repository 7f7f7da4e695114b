# Two cooks alternate: each sleeps between steps, and the times interleave their lines.
import threading
import time

def cook(name, offset, steps):
    time.sleep(offset)
    for step in steps:
        print(name, step)
        time.sleep(1)

a = threading.Thread(target=cook, args=("ann", 0, ["chops", "fries", "plates"]))
b = threading.Thread(target=cook, args=("bo", 0.5, ["boils", "stirs", "serves"]))
a.start()
b.start()
a.join()
b.join()

# expect: ann chops
# expect: bo boils
# expect: ann fries
# expect: bo stirs
# expect: ann plates
# expect: bo serves
