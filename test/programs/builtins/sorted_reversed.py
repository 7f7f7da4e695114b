# sorted (key, reverse, stability), list.sort, reversed.
orders = [("pie", 6), ("soup", 4), ("tea", 2), ("bun", 4)]
print(sorted([3, 1, 2]), sorted("kitchen"), sorted({"b": 1, "a": 2}))
print(sorted(orders))
print(sorted(orders, key=lambda o: o[1]))                 # stable: soup before bun
print(sorted(orders, key=lambda o: o[1], reverse=True))
print(sorted(["Pear", "apple", "Fig"]), sorted(["Pear", "apple", "Fig"], key=str.lower))
print(sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 5], [1, 2]]))
nums = [5, 2, 8]
result = nums.sort()
print(result, nums)
nums.sort(reverse=True)
print(nums, list(reversed(nums)), list(reversed("abc")), list(reversed((1, 2))))
print(sorted([0.5, -1, 3, True]), sorted([]), sorted((3, 2), reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)

# expect: [1, 2, 3] ['c', 'e', 'h', 'i', 'k', 'n', 't'] ['a', 'b']
# expect: [('bun', 4), ('pie', 6), ('soup', 4), ('tea', 2)]
# expect: [('tea', 2), ('soup', 4), ('bun', 4), ('pie', 6)]
# expect: [('pie', 6), ('soup', 4), ('bun', 4), ('tea', 2)]
# expect: ['Fig', 'Pear', 'apple'] ['apple', 'Fig', 'Pear']
# expect: [-1, 2, -3] [[1, 2], [1, 5], [2, 1]]
# expect: None [2, 5, 8]
# expect: [8, 5, 2] [2, 5, 8] ['c', 'b', 'a'] [2, 1]
# expect: [-1, 0.5, True, 3] [] [3, 2]
# expect: '<' not supported between instances of 'str' and 'int'
