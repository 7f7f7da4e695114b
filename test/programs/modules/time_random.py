import random
import time
start = time.monotonic()
time.sleep(0.2)
elapsed = time.monotonic() - start
print(0.19 < elapsed < 2, time.time() > 1_600_000_000, time.perf_counter() >= 0)
random.seed(3)
xs = [random.randint(1, 6) for _ in range(50)]
print(all(1 <= x <= 6 for x in xs), 0 <= random.random() < 1, random.choice("abc") in "abc")
deck = list(range(10))
random.shuffle(deck)
print(sorted(deck) == list(range(10)), len(random.sample(range(100), 5)), 2 <= random.uniform(2, 3) <= 3)
print(random.randrange(0, 10, 5) in (0, 5))

# expect: True True True
# expect: True True True
# expect: True 5 True
# expect: True
