# Event: a flag threads can wait for; set, clear, is_set, wait with and without timeout.
import threading

ready = threading.Event()
print(ready.is_set(), ready.wait(0.01))
ready.set()
print(ready.is_set(), ready.wait(), ready.wait(0.01))
ready.clear()
print(ready.is_set(), ready.wait(timeout=0))
results = []

def waiter(name):
    results.append((name, ready.wait()))

threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b", "c")]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
print(sorted(results))

# expect: False False
# expect: True True True
# expect: False False
# expect: [('a', True), ('b', True), ('c', True)]
