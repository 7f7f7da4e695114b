# nondeterministic: an unlocked read-call-write loses updates when a switch falls in between
import threading
count = 0
def add_one(x):
    return x + 1
def work():
    global count
    for _ in range(12000):
        count = add_one(count)
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lost updates" if count < 24000 else "no loss")
