# nondeterministic: two cooks put plates on one pass; without coordination their
# plates end up mixed whenever a thread switch falls inside the other's run.
import threading

pass_plates = []

def plate(name):
    pass_plates.append(name)

def cook(name):
    for _ in range(9000):
        plate(name)

threads = [threading.Thread(target=cook, args=(name,)) for name in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
switches = sum(1 for x, y in zip(pass_plates, pass_plates[1:]) if x != y)
print(len(pass_plates), "plates,", "grouped" if switches == 1 else "mixed")
