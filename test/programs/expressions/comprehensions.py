# List, dict and set comprehensions and generator expressions, nested.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({w: len(w) for w in ["soup", "pie", "stew"]})
print({k: v for k, v in zip("abc", range(3)) if v})
print({len(w) for w in ["soup", "pie", "stew", "tea"]} == {3, 4})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
print(list(x.upper() for x in "hot"), tuple(i for i in range(3)))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
flat = [x for row in [[1, 2], [3], []] for x in row]
print(flat)
x = "outer"
squares = [x for x in range(3)]
print(x, squares)               # the loop variable does not leak
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
gen = (n for n in range(3))
print(next(gen), list(gen), list(gen))

# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 6, 12, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
# expect: {'soup': 4, 'pie': 3, 'stew': 4}
# expect: {'b': 1, 'c': 2}
# expect: True
# expect: 5050 3
# expect: ['H', 'O', 'T'] (0, 1, 2)
# expect: ['even', 'odd', 'even', 'odd']
# expect: [1, 2, 3]
# expect: outer [0, 1, 2]
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: 0 [1, 2] []
