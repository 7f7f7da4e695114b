# Chained comparisons: each operand is evaluated once, the chain stops at the first false.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 2, 1 == 1.0 == True)
print(0 < x != 5, "a" < "b" < "c", [1] < [1, 2] < [2])
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
print((1 < 2) < 3, 3 > 2 > 1 > 0, 1 < 2 == 2)
print(x in [5] == True, x in [5])

# expect: True True True False True
# expect: False True True
# expect: True [1, 2, 3]
# expect: False [3, 2]
# expect: True True True
# expect: False True
