# A runner checks the pass once with `if`, not in a `while` loop: when two
# runners wait and one dish comes, a woken runner can find the pass empty.
# inspect: refuted exception 2
import threading

dishes = []
ready = threading.Condition()

def runner():
    with ready:
        if not dishes:
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
