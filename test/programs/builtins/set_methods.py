# set methods and operators: add, discard, remove, pop, union, intersection, difference...
pantry = {"salt", "flour"}
pantry.add("sugar")
pantry.add("salt")
pantry.discard("pepper")
pantry.remove("flour")
print(sorted(pantry), len(pantry), "salt" in pantry)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {9}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.issubset(range(10)), a.isdisjoint({7}))
c = set(a)
c.update([10, 11])
c.difference_update({1, 2})
c.intersection_update({3, 10, 4})
print(sorted(c), sorted(a))
single = {42}
print(single.pop(), single)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({x % 4 for x in range(10)}, set("aab") == {"a", "b"}, frozenset([1]) == {1})

# expect: ['salt', 'sugar'] 2 True
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: {1, 2, 3, 4, 5, 9} {3, 4} {1, 2} {1, 2, 5}
# expect: True False True True True
# expect: [3, 4, 10] [1, 2, 3, 4]
# expect: 42 set()
# expect: KeyError 1
# expect: KeyError 'pop from an empty set'
# expect: {0, 1, 2, 3} True True
