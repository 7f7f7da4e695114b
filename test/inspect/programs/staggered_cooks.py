# Three cooks start a second apart and each takes two seconds; the program
# assumes they finish in the order they started. With exact times they do;
# when every time may be 30% shorter or longer, the second cook can finish
# before the first (the head chef's one-second naps vary too).
# inspect: certified
# inspect durations 0.3: refuted assertion 1
import threading
import time

finished = []

def cook(name):
    time.sleep(2)
    finished.append(name)

cooks = []
for name in ["soup", "fish", "cake"]:
    c = threading.Thread(target=cook, args=(name,))
    cooks.append(c)
    c.start()
    time.sleep(1)
for c in cooks:
    c.join()
assert finished == ["soup", "fish", "cake"], f"out of order: {finished}"
