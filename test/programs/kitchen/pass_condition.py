# The pass: a chef puts plates on it, a runner takes them; a Condition joins them.
import kitchen
import threading

pass_plates = []
cond = threading.Condition()
DONE = "closing"

def chef():
    for dish in ["soup", "fish", "cake"]:
        kitchen.cook(dish, 1)
        with cond:
            pass_plates.append(kitchen.plate(dish))
            cond.notify()
    with cond:
        pass_plates.append(DONE)
        cond.notify()

def runner():
    while True:
        with cond:
            while not pass_plates:
                cond.wait()
            dish = pass_plates.pop(0)
        if dish == DONE:
            return
        kitchen.serve(dish)

threads = [threading.Thread(target=runner), threading.Thread(target=chef)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(kitchen.served())

# expect: ['soup', 'fish', 'cake']
