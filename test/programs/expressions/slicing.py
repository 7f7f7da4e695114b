# Slices: negative indexes, steps, out-of-range bounds, slice assignment.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7], s[-4:-1])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:2])
print(s[100:], s[-100:2], s[3:100], s[::-3])
word = "kitchen"
print(word[1:4], word[-3:], word[::-1], word[::2], word[10:], word[-1])
t = (0, 1, 2, 3)
print(t[1:3], t[::-1], t[:0])
s[2:4] = ["a", "b", "c"]
print(s)
s[:3] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
copy = s[:]
copy.append("new")
print(len(s), len(copy))
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
print(word[slice(1, 3)], s[slice(None, None, -1)][:2])

# expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [7, 8, 9] [0, 1, 2] [6, 7, 8]
# expect: [0, 2, 4, 6, 8] [1, 4, 7] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [9, 8, 7] []
# expect: [] [0, 1] [3, 4, 5, 6, 7, 8, 9] [9, 6, 3, 0]
# expect: itc hen nehctik kthn  n
# expect: (1, 2) (3, 2, 1, 0) ()
# expect: [0, 1, 'a', 'b', 'c', 4, 5, 6, 7, 8, 9]
# expect: ['b', 'c', 4, 5, 6, 7, 8, 9]
# expect: [0, 'c', 0, 5, 0, 7, 0, 9]
# expect: 8 9
# expect: attempt to assign sequence of size 1 to extended slice of size 4
# expect: it [9, 0]
