# Converting between types: str, repr, int, float, bool, list, tuple, dict, set.
print(str(12), str(1.50), str([1, "a"]), str("s"), repr("s"), repr(1.0), repr([1, "a"]))
print(int("42"), int(" -7 "), int(3.99), int(-3.99), int("101", 2), int("ff", 16), int("0x1f", 16), int("1_000"))
print(float("3.5"), float(" -2 "), float(7), float("inf"), float("1e-3"), float("-0"))
print(bool(""), bool("0"), bool(0), bool([]), bool([[]]), bool(None))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple(), dict([("a", 1), ["b", 2]]), dict(a=1), dict())
print(dict({"x": 1}, y=2), set([1, 1, 2]) == {1, 2}, sorted(set("banana")), set())
print(int(True), float(False), str(None), list(map(int, ["1", "2"])), str(2 ** 70))

# expect: 12 1.5 [1, 'a'] s 's' 1.0 [1, 'a']
# expect: 42 -7 3 -3 5 255 31 1000
# expect: 3.5 -2.0 7.0 inf 0.001 -0.0
# expect: False True False False True False
# expect: ['a', 'b', 'c'] [1, 2] ['a', 'b'] [0, 1, 2] []
# expect: (1, 2) ('a', 'b') () {'a': 1, 'b': 2} {'a': 1} {}
# expect: {'x': 1, 'y': 2} True ['a', 'b', 'n'] set()
# expect: 1 0.0 None [1, 2] 1180591620717411303424
