# kitchen-only: a cook spins on a flag nobody sets; python3 would spin forever,
# the kitchen stops the program at its step limit.
import threading

ready = False

def cook():
    while not ready:          # busy waiting: an Event would let the cook sleep
        pass
    print("cooking")

t = threading.Thread(target=cook)
t.start()
print("the cook is waiting")
t.join()

# expect: the cook is waiting
# expect stderr: KitchenError: the program ran more than 1000000 steps (raise the limit with --max-steps)
# expect exit: 1
