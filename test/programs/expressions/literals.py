# List, tuple, dict and set literals, nesting, and their printed forms.
print([], [1], [1, "two", 3.0, None, True], [[1, 2], [3, [4, 5]]])
print((), (1,), (1, 2), ((1, 2), (3,)), tuple("ab"))
print({}, {"a": 1}, {1: "one", "two": 2, (3, 4): [5]}, {"nested": {"x": [1]}})
print(set(), {1}, {3, 1, 2}, {"b", "a"} == {"a", "b"}, len({1, 1, 1}))
print([1, 2,], {"trailing": "comma",}, (1, 2,))
d = {"z": 1, "a": 2, "m": 3}
print(d, list(d))                    # insertion order
d["a"] = 9
print(d)
print({"k": 1, "k": 2}, {1: "int", 1.0: "float", True: "bool"})
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], 3})
print(["x"] * 3, [0] * 0, (1, 2) * 2, [1, 2] + [3])
print(repr(["it's", 'say "hi"', "a\nb"]))

# expect: [] [1] [1, 'two', 3.0, None, True] [[1, 2], [3, [4, 5]]]
# expect: () (1,) (1, 2) ((1, 2), (3,)) ('a', 'b')
# expect: {} {'a': 1} {1: 'one', 'two': 2, (3, 4): [5]} {'nested': {'x': [1]}}
# expect: set() {1} {1, 2, 3} True 1
# expect: [1, 2] {'trailing': 'comma'} (1, 2)
# expect: {'z': 1, 'a': 2, 'm': 3} ['z', 'a', 'm']
# expect: {'z': 1, 'a': 9, 'm': 3}
# expect: {'k': 2} {1: 'bool'}
# expect: [0, 1, 2, 'a', 'b'] (1, 2, 3) {'a': 3, 'b': 2} {1, 2, 3}
# expect: ['x', 'x', 'x'] [] (1, 2, 1, 2) [1, 2, 3]
# expect: ["it's", 'say "hi"', 'a\nb']
