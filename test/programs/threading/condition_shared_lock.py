# threading.Condition(self.lock): two conditions on one lock, as a bounded pass-through.
import threading
import time

class Pass:
    def __init__(self, size):
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.plates = []
        self.size = size
        self.most = 0

    def put(self, plate):
        with self.not_full:
            while len(self.plates) >= self.size:
                self.not_full.wait()
            self.plates.append(plate)
            self.most = max(self.most, len(self.plates))
            self.not_empty.notify()

    def take(self):
        with self.not_empty:
            while not self.plates:
                self.not_empty.wait()
            plate = self.plates.pop(0)
            self.not_full.notify()
            return plate

counter = Pass(2)
taken = []

def chef():
    for i in range(6):
        counter.put(f"plate {i}")

def waiter():
    for _ in range(6):
        time.sleep(0.5)
        taken.append(counter.take())

threads = [threading.Thread(target=chef), threading.Thread(target=waiter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(taken)
print("never more than", counter.most, "on the pass")

# expect: ['plate 0', 'plate 1', 'plate 2', 'plate 3', 'plate 4', 'plate 5']
# expect: never more than 2 on the pass
