# list methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
tray = ["soup"]
tray.append("pie")
tray.extend(["tea", "bun"])
tray.extend("ab")
tray.insert(0, "first")
tray.insert(100, "last")
tray.insert(-1, "before last")
print(tray)
print(tray.pop(), tray.pop(0), tray.pop(-2), tray)
tray.remove("a")
print(tray, tray.index("tea"), tray.count("soup"), tray.count("nothing"))
tray.reverse()
print(tray)
tray.sort()
print(tray)
copy = tray.copy()
copy.append("extra")
print(len(tray), len(copy))
tray.clear()
print(tray, copy[:2])
for bad in [lambda: [].pop(), lambda: ["x"].remove("y"), lambda: [1].index(2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
nums = [3, 1, 2]
print(nums.append(4), nums.sort(), nums)

# expect: ['first', 'soup', 'pie', 'tea', 'bun', 'a', 'b', 'before last', 'last']
# expect: last first b ['soup', 'pie', 'tea', 'bun', 'a', 'before last']
# expect: ['soup', 'pie', 'tea', 'bun', 'before last'] 2 1 0
# expect: ['before last', 'bun', 'tea', 'pie', 'soup']
# expect: ['before last', 'bun', 'pie', 'soup', 'tea']
# expect: 5 6
# expect: [] ['before last', 'bun']
# expect: IndexError pop from empty list
# expect: ValueError list.remove(x): x not in list
# expect: ValueError 2 is not in list
# expect: None None [1, 2, 3, 4]
