# A class used with `with`: __enter__'s value is bound by `as`; __exit__ runs on the way out.
import threading

class Station:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.log = []
    def __enter__(self):
        self.lock.acquire()
        self.log.append("claim " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append("free " + self.name)
        self.lock.release()
        return False

stove = Station("stove")
with stove as s:
    print(s is stove, stove.lock.locked())
print(stove.lock.locked(), stove.log)
try:
    with stove:
        raise RuntimeError("grease fire")
except RuntimeError as e:
    print("caught", e, stove.lock.locked())
print(stove.log)

# expect: True True
# expect: False ['claim stove', 'free stove']
# expect: caught grease fire False
# expect: ['claim stove', 'free stove', 'claim stove', 'free stove']
