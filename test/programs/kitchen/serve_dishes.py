import kitchen
import threading
def make(dish):
    kitchen.cook(dish, 0.5)
    kitchen.serve(dish)
ts = [threading.Thread(target=make, args=(d,)) for d in ("soup", "stew")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(kitchen.served()), kitchen.chop("onion"), kitchen.bake("bread", 1))

# expect: ['soup', 'stew'] onion bread
