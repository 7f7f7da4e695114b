# Unpacking: tuples, nested targets, starred names anywhere, loop targets.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "soup"
print(head, rest)
(a, b), (c, *d) = "xy", [1, 2, 3]
print(a, b, c, d)
for name, (qty, price) in [("egg", (2, 0.5)), ("ham", (1, 3.0))]:
    print(name, qty * price)
x, y, z = {"k1": 1, "k2": 2, "k3": 3}
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)

# expect: 0 [1, 2, 3, 4] 5
# expect: [] 1
# expect: s ['o', 'u', 'p']
# expect: x y 1 [2, 3]
# expect: egg 1.0
# expect: ham 3.0
# expect: k1 k2 k3
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 2)
