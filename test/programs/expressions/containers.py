lst = [3, 1, 2]
lst.append(5)
lst.extend([0])
lst.insert(1, 9)
print(lst, lst.pop(), lst.pop(0), lst.index(2), lst.count(1))
lst.sort()
print(lst, sorted(lst, reverse=True), list(reversed(lst)), lst[1:3], lst[::-1])
lst.remove(2)
print(lst, min(lst), max(lst), sum(lst), len(lst), 5 in lst)
t = (1, 2, 3)
print(t, t[1:], t * 2, t + (4,), (1,), ())
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), d.get("z", 0), d.pop("b"), d)
print(d.setdefault("e", 5), sorted(d.items()), "a" in d, len(d))
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(s, s | {9}, s & {2, 3}, s - {2}, {x % 3 for x in range(10)})
print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("abc", range(3))}, dict(a=1, b=2), list(range(2, 10, 3)))
print(any([0, 1]), all([1, 0]), list(filter(None, [0, 1, 2])), list(map(str, [1, 2])))
nested = [[1, 2], [3]]
print(nested, sorted(["pear", "fig", "apple"], key=len), max(["a", "bbb", "cc"], key=len))

# expect: [9, 1, 2, 5] 0 3 2 1
# expect: [1, 2, 5, 9] [9, 5, 2, 1] [9, 5, 2, 1] [2, 5] [9, 5, 2, 1]
# expect: [1, 5, 9] 1 9 15 3 True
# expect: (1, 2, 3) (2, 3) (1, 2, 3, 1, 2, 3) (1, 2, 3, 4) (1,) ()
# expect: {'a': 1, 'c': 3} ['b', 'a', 'c'] [2, 1, 3] 0 2 {'a': 1, 'c': 3}
# expect: 5 [('a', 1), ('c', 3), ('e', 5)] True 3
# expect: {2, 3, 4} {9, 2, 3, 4} {2, 3} {3, 4} {0, 1, 2}
# expect: [0, 0, 0, 2, 0, 2]
# expect: {'a': 0, 'b': 1, 'c': 2} {'a': 1, 'b': 2} [2, 5, 8]
# expect: True False [1, 2] ['1', '2']
# expect: [[1, 2], [3]] ['fig', 'pear', 'apple'] bbb
