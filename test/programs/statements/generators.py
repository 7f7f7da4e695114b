import threading
import time
lock = threading.Lock()
def orders(n):
    for i in range(n):
        time.sleep(0.1)          # a generator may wait, like any function
        with lock:
            yield f"order {i}"
def chef(name, out):
    for o in orders(3):
        out.append((name, o))
done = []
ts = [threading.Thread(target=chef, args=(n, done)) for n in ("ann", "bo")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(done))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
print(list(countdown(3)), [x * 2 for x in countdown(2)], sum(countdown(4)))
g = countdown(2)
print(next(g), next(g), next(g, "end"))
def failing():
    yield 1
    raise ValueError("burnt")
try:
    for x in failing():
        print("got", x)
except ValueError as e:
    print("caught", e)

# expect: [('ann', 'order 0'), ('ann', 'order 1'), ('ann', 'order 2'), ('bo', 'order 0'), ('bo', 'order 1'), ('bo', 'order 2')]
# expect: [3, 2, 1] [4, 2] 10
# expect: 2 1 end
# expect: got 1
# expect: caught burnt
