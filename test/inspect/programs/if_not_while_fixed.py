# The runners check the pass in a `while` loop: a wake-up is only a hint.
# inspect: certified
import threading

dishes = []
ready = threading.Condition()

def runner():
    with ready:
        while not dishes:
            ready.wait()
        dish = dishes.pop()
    print("served", dish)

def cook():
    for dish in ["soup", "salad"]:
        with ready:
            dishes.append(dish)
            ready.notify()

runners = [threading.Thread(target=runner) for _ in range(2)]
for r in runners:
    r.start()
chef = threading.Thread(target=cook)
chef.start()
chef.join()
for r in runners:
    r.join()
