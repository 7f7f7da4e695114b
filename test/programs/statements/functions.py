def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
g = 10
def setg():
    global g
    g = 20
setg()
print(g)
square = lambda x: x * x
print(list(map(square, [1, 2, 3])))
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("cook"))
def gen(n):
    for i in range(n):
        yield i * 10
print(list(gen(3)), sum(x for x in range(5)))

# expect: (1, 2, (), 3, 4, [])
# expect: (1, 5, (6, 7), 8, 4, [('e', 9)])
# expect: 3
# expect: 20
# expect: [1, 4, 9]
# expect: <hi cook>
# expect: [0, 10, 20] 10
