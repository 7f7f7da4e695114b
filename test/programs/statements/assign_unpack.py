a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abc"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
i = j = 5
print(i, j)
d = {}
d["k"] = [0, 0]
d["k"][1] += 7
print(d)
class O: pass
o = O()
o.v = 1
o.v += 2
print(o.v)

# expect: 2 1
# expect: 1 [2, 3, 4]
# expect: ['a', 'b'] c
# expect: 1 2 3
# expect: 5 5
# expect: {'k': [0, 7]}
# expect: 3
