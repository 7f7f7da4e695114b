for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print("one")
    else:
        print("other")
n = 0
while n < 10:
    n += 3
else:
    print("while done", n)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for-else")
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, ch in enumerate("xy", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print(total)

# expect: zero
# expect: one
# expect: other
# expect: while done 12
# expect: empty for-else
# expect: a 1
# expect: b 2
# expect: 1 x
# expect: 2 y
# expect: 1 p
# expect: 2 q
# expect: 20
