# Subclassing threading.Thread: run() is what the thread does; names and results.
import threading

class Baker(threading.Thread):
    def __init__(self, item, loaves):
        super().__init__()
        self.item = item
        self.loaves = loaves
        self.baked = []
    def run(self):
        for i in range(self.loaves):
            self.baked.append(f"{self.item} {i + 1}")

class Named(threading.Thread):
    def run(self):
        print("running as", self.name)

bakers = [Baker("rye", 2), Baker("spelt", 3)]
for b in bakers:
    b.start()
for b in bakers:
    b.join()
for b in bakers:
    print(b.name, b.baked, b.is_alive())
n = Named(name="oven-2")
n.start()
n.join()
plain = Named()
plain.start()
plain.join()
print(isinstance(n, threading.Thread), threading.active_count())

# expect: Thread-1 ['rye 1', 'rye 2'] False
# expect: Thread-2 ['spelt 1', 'spelt 2', 'spelt 3'] False
# expect: running as oven-2
# expect: running as Thread-3
# expect: True 1
