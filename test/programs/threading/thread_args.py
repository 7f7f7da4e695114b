# Thread(target, args, kwargs): args may be a tuple or a list; results come back through shared objects.
import threading

results = {}

def cook(dish, minutes, *, sauce=None):
    results[dish] = (minutes, sauce)

threads = [
    threading.Thread(target=cook, args=("soup", 10)),
    threading.Thread(target=cook, args=["pie"], kwargs={"minutes": 40, "sauce": "cream"}),
    threading.Thread(target=cook, kwargs=dict(dish="tea", minutes=3)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
nothing = threading.Thread()
nothing.start()
nothing.join()
print("a thread without a target does nothing")

# expect: [('pie', (40, 'cream')), ('soup', (10, None)), ('tea', (3, None))]
# expect: a thread without a target does nothing
