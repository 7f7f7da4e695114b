x = 10
def outer():
    y = 1
    def inner():
        nonlocal y
        global x
        y += 1
        x += 5
        return y
    inner()
    return y
print(outer(), x)
items = [1, 2, 3, 4]
del items[1]
del items[-1:]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
if (n := len(items)) > 1:
    print("walrus", n)
print([[i * j for j in range(3)] for i in range(3)])
try:
    assert n > 5, f"n is {n}"
except AssertionError as e:
    print("assert:", e)
a = [1, 2, 3]
a[1:2] = [9, 9]
print(a, a[::2], a[-2:])
s = "%-6s|%6.2f|%x" % ("ab", 3.14159, 255)
print(s)
def kw_only(*, name="chef", **rest):
    return name, sorted(rest)
print(kw_only(), kw_only(name="cook", a=1))
print(*[1, 2, 3], sep="-", end="!\n")
t = 1,
print(t, type(t).__name__, (1, 2) + (3,), [0] * 3)
class Temp:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"{self.v}°"
    def __lt__(self, other):
        return self.v < other.v
print(str(Temp(5)), min(Temp(3), Temp(1)), sorted([Temp(2), Temp(1)], reverse=True)[0])

# expect: 2 15
# expect: [1, 3]
# expect: {'b': 2}
# expect: walrus 2
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# expect: assert: n is 2
# expect: [1, 9, 9, 3] [1, 9] [9, 3]
# expect: ab    |  3.14|ff
# expect: ('chef', []) ('cook', ['a'])
# expect: 1-2-3!
# expect: (1,) tuple (1, 2, 3) [0, 0, 0]
# expect: 5° 1° 2°
