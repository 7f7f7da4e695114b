# enumerate (with start) and zip (shortest wins, any number of iterables).
dishes = ["soup", "pie", "tea"]
print(list(enumerate(dishes)))
print(list(enumerate(dishes, start=1)), list(enumerate("ab", 10)))
for i, d in enumerate(dishes):
    print(i, d)
print(list(zip(dishes, [4, 6, 2])))
print(list(zip("abc", [1, 2])), list(zip()), list(zip([1, 2, 3])))
print(list(zip(range(3), "xyz", [True, False, None])))
names, prices = zip(*[("soup", 4), ("pie", 6)])
print(names, prices)
print(dict(zip(dishes, range(3))), dict(enumerate("xy")))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))

# expect: [(0, 'soup'), (1, 'pie'), (2, 'tea')]
# expect: [(1, 'soup'), (2, 'pie'), (3, 'tea')] [(10, 'a'), (11, 'b')]
# expect: 0 soup
# expect: 1 pie
# expect: 2 tea
# expect: [('soup', 4), ('pie', 6), ('tea', 2)]
# expect: [('a', 1), ('b', 2)] [] [(1,), (2,), (3,)]
# expect: [(0, 'x', True), (1, 'y', False), (2, 'z', None)]
# expect: ('soup', 'pie') (4, 6)
# expect: {'soup': 0, 'pie': 1, 'tea': 2} {0: 'x', 1: 'y'}
# expect: (0, 'a') (1, 'b') end
