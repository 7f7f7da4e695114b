# randint, randrange and random stay in their ranges (checked for many draws; any seed).
import random

ints = [random.randint(1, 6) for _ in range(500)]
print(min(ints) >= 1, max(ints) <= 6, all(isinstance(i, int) for i in ints))
steps = [random.randrange(0, 20, 5) for _ in range(200)]
print(set(steps) <= {0, 5, 10, 15}, all(0 <= random.randrange(3) < 3 for _ in range(100)))
floats = [random.random() for _ in range(500)]
print(all(0 <= f < 1 for f in floats), all(2 <= random.uniform(2, 3) <= 3 for _ in range(100)))
print(random.randint(4, 4), random.randrange(7, 8))

# expect: True True True
# expect: True True
# expect: True True
# expect: 4 7
