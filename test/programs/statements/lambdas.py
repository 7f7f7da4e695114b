# lambda: as values, as keys, capturing variables (late binding).
double = lambda x: x * 2
add = lambda a, b=10: a + b
print(double(4), add(1), add(1, 2), (lambda: "now")())
dishes = [("pie", 6), ("soup", 4), ("tea", 2)]
print(sorted(dishes, key=lambda d: d[1]))
print(max(dishes, key=lambda d: len(d[0])))
late = [lambda: i for i in range(3)]
print([f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
print(list(map(lambda s: s.upper(), ["a", "b"])), double.__name__)

# expect: 8 11 3 now
# expect: [('tea', 2), ('soup', 4), ('pie', 6)]
# expect: ('soup', 4)
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: ['A', 'B'] <lambda>
