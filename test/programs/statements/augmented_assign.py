# Augmented assignment: numbers, strings, lists (in place), attributes, subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 4; print(n)
n /= 8; print(n)
bits = 0b1100
bits &= 0b1010; bits |= 1; bits ^= 0b11; bits <<= 2; bits >>= 1
print(bits)
s = "ab"
s += "cd"; s *= 2
print(s)
shelf = [1]
alias = shelf
shelf += [2, 3]          # extends the same list
print(shelf, alias, alias is shelf)
t = (1,)
t2 = t
t += (2,)                # a new tuple
print(t, t2)

class Jar:
    tips = 0

jar = Jar()
jar.tips += 5
print(jar.tips, Jar.tips)
counts = {"soup": 1}
counts["soup"] += 1
row = [[1, 2], [3, 4]]
row[1][0] *= 10
print(counts, row)

# expect: 15
# expect: 12
# expect: 24
# expect: 4
# expect: 1
# expect: 1
# expect: 0.125
# expect: 20
# expect: abcdabcd
# expect: [1, 2, 3] [1, 2, 3] True
# expect: (1, 2) (1,)
# expect: 5 0
# expect: {'soup': 2} [[1, 2], [30, 4]]
