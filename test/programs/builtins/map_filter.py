# map and filter are lazy iterators; map takes several iterables.
prices = [4, 6, 2]
print(list(map(str, prices)), list(map(lambda p: p * 2, prices)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda p: p > 3, prices)), list(filter(None, [0, 1, "", "a", None])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(sum(map(int, "1 2 3".split())), "-".join(map(str.upper, ["a", "b"])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
evens = filter(lambda n: n % 2 == 0, range(10))
print(list(map(lambda n: n * n, evens)))

# expect: ['4', '6', '2'] [8, 12, 4]
# expect: [11, 22]
# expect: [4, 6] [1, 'a']
# expect: 1 [2] []
# expect: 6 A-B
# expect: map filter
# expect: [0, 4, 16, 36, 64]
