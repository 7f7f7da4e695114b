# in / not in on every container, and is / is not.
print(2 in [1, 2], 2 in (1, 3), "pie" in {"pie": 6}, 6 in {"pie": 6}, 3 in {3})
print("ea" in "bread", "x" not in "bread", 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1, 2) in {(1, 2)}, None in [None])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
x = None
print(x is None, x is not None, type(a) is list, type(True) is bool)
class Box:
    pass
p, q = Box(), Box()
print(p is p, p is q, p == q, p != q, p in [q, p], p in [q])

# expect: True False True False True
# expect: True True True False
# expect: True True True
# expect: True False True True True
# expect: True False True True
# expect: True False False True True False
