# sum with a start, min and max over arguments or an iterable, with key and default.
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(5), 10), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("kitchen"), min("bca"))
print(max(["soup", "tea", "bread"], key=len), min(["soup", "tea", "bread"], key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max([("a", 2), ("b", 9)], key=lambda p: p[1]), max(2, 2.5), min(-1, -1.0))
print(max([3, 9, 9, 1].index(9), 0), max([1, 5], [1, 6]), min(True, 0))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)

# expect: 6 0 0.75 20 [1, 2]
# expect: 1 3 4 t a
# expect: bread tea
# expect: empty None 7
# expect: ('b', 9) 2.5 -1
# expect: 1 [1, 6] 0
# expect: max() arg is an empty sequence
# expect: 'int' object is not iterable
