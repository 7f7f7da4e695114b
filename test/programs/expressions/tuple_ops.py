# Tuples: packing, comparison, hashing as dict keys, count/index, immutability.
point = 3, 4
x, y = point
print(point, x, y, len(point), point[0] + point[1])
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
prices = {("soup", "large"): 6, ("soup", "small"): 4}
print(prices[("soup", "large")], prices["soup", "small"])
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), 2 in t, t + (4,), sorted(t, reverse=True))
try:
    t[0] = 9
except TypeError as e:
    print(e)
nested = ([1], 2)
nested[0].append(5)
print(nested, tuple([3, 2]), tuple({"a": 1}))

# expect: (3, 4) 3 4 2 7
# expect: True True True True
# expect: 6 4
# expect: 2 3 True (1, 2, 2, 3, 4) [3, 2, 2, 1]
# expect: 'tuple' object does not support item assignment
# expect: ([1, 5], 2) (3, 2) ('a',)
