# len of every sized thing; range with start, stop, step, negatives, and as a sequence.
print(len(""), len("soup"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(-3, 3, 2)))
print(list(range(0)), list(range(5, 2)), list(range(2, 5, -1)), len(range(1, 100, 7)))
r = range(10, 20, 2)
print(r, r[0], r[-1], r[1:3], 14 in r, 15 in r, r.index(16), len(r))
print(sum(range(101)), max(range(7)), list(reversed(range(3))), range(3) == range(0, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)

# expect: 0 4 2 1 1 3 10
# expect: [0, 1, 2, 3, 4] [2, 3, 4] [0, 3, 6, 9] [5, 4, 3, 2, 1] [-3, -1, 1]
# expect: [] [] [] 15
# expect: range(10, 20, 2) 10 18 range(12, 16, 2) True False 3 5
# expect: 5050 6 [2, 1, 0] True
# expect: range() arg 3 must not be zero
