# every builtin the kitchen supports, once
print(len("abc"), len([1]), len({}), list(range(3)), list(range(5, 0, -2)))
print(list(enumerate("ab")), list(zip([1, 2], "xy", [True, False])))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), list(reversed((1, 2, 3))))
print(sum([1, 2, 3]), sum([0.5, 0.25], 1), min(3, 1, 2), max([1, 5, 2]), min([], default=None))
print(abs(-7), round(3.14159, 2), round(7.5), any([]), all([]), list(map(lambda x: x * 2, [1, 2])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), str(12), repr("q"), int("  -17 "), int("ff", 16), float("1e3"))
print(bool(0), bool("x"), list("ab"), dict([("a", 1)]), tuple([1]), set(), frozenset([1]))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), type(1.5).__name__, type([]) is list)
a, b = object(), object()
print(id(a) == id(a), id(a) == id(b), hash(1) == hash(1.0), hash(7), hash(-1), hash(()) == hash(()))
class P:
    x = 1
p = P()
setattr(p, "y", 2)
print(getattr(p, "x"), getattr(p, "y"), getattr(p, "z", "none"), hasattr(p, "y"), hasattr(p, "z"))
delattr(p, "y")
print(hasattr(p, "y"), callable(len), callable(p), chr(65), ord("a"), hex(-255), oct(9), bin(-3))
print(divmod(7.5, 2), pow(2, 10), pow(2, -2), format(1234.5, ",.1f"), format(255, "x"), ascii("é"))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), list(iter(range(2))))
print(issubclass(bool, int), issubclass(KeyError, LookupError), str(ValueError("v")), repr(KeyError("k")))
print(max("apple", "fig", key=len), min([(2, "b"), (1, "z")]), sorted([(1, "b"), (1, "a")]))
print(" ".join(map(str, [1, 2])), "".join(reversed("abc")), list(dict.fromkeys("aab")) if hasattr(dict, "fromkeys") else ["a", "b"])

# expect: 3 1 0 [0, 1, 2] [5, 3, 1]
# expect: [(0, 'a'), (1, 'b')] [(1, 'x', True), (2, 'y', False)]
# expect: [1, 2, 3] ['c', 'b', 'a'] [3, 2, 1]
# expect: 6 1.75 1 5 None
# expect: 7 3.14 8 False True [2, 4]
# expect: [2, 3] 12 'q' -17 255 1000.0
# expect: False True ['a', 'b'] {'a': 1} (1,) set() frozenset({1})
# expect: True True True float True
# expect: True False True 7 -2 True
# expect: 1 2 none True False
# expect: False True False A 97 -0xff 0o11 -0b11
# expect: (3.0, 1.5) 1024 0.25 1,234.5 ff '\xe9'
# expect: 1 2 end [0, 1]
# expect: True True v KeyError('k')
# expect: apple (1, 'z') [(1, 'a'), (1, 'b')]
# expect: 1 2 cba ['a', 'b']
