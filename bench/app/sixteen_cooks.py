# Sixteen cooks share an oven (a lock), a stove and the pass; a Ready sign
# (a Condition) tells the runner when plates are waiting.
import threading
import kitchen

oven = threading.Lock()
ready = threading.Condition()
plates = []

def cook(n):
    dish = "dish%d" % n
    kitchen.chop(dish, 0.5)
    with oven:
        kitchen.bake(dish, 1)
    kitchen.cook(dish, 0.5)
    with ready:
        plates.append(dish)
        ready.notify()

def runner():
    served = 0
    while served < 16:
        with ready:
            while not plates:
                ready.wait()
            dish = plates.pop(0)
        kitchen.serve(dish)
        served += 1

r = threading.Thread(target=runner, name="Runner")
r.start()
cooks = [threading.Thread(target=cook, args=(i,), name="Cook-%d" % i) for i in range(16)]
for c in cooks:
    c.start()
for c in cooks:
    c.join()
r.join()
