# The same seed gives the same sequence (the values themselves are never printed).
import random

random.seed(7)
first = [random.randint(1, 100) for _ in range(10)]
random.seed(7)
second = [random.randint(1, 100) for _ in range(10)]
print(first == second)
random.seed("kitchen")
a = random.random()
random.seed("kitchen")
print(a == random.random())

# expect: True
# expect: True
