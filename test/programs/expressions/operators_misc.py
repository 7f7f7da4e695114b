# Precedence, bitwise operators, unary operators, and mixed int/float arithmetic.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 * 2, -3 ** 2, (-3) ** 2, 10 - 4 - 3, 2 ** -2)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 4, 256 >> 4, -16 >> 2, 5 & -2)
print(1 + 2.0, 3 * 1.5, 7 / 7, 2 ** 0.5 > 1.41, 10 // 3.0, 10 % 3.5)
print(1 + 2 == 3 and not 1 > 2, 3 < 4 == True, -(-(-1)))
print(not 1 + 1, 1 + (not 0), "ab" * 2 + "c", [0] * 2 + [1])
print(7 % 3 * 2, 7 // 2 ** 2, -7 // 2 * 2, 2 * 3 % 4)
print(max(3, 4) - min(3, 4) * 2, abs(-3) ** 2, round(7 / 2))

# expect: 14 20 16 -9 9 3 0.25
# expect: 2 7 5 -7 16 16 -4 4
# expect: 3.0 4.5 1.0 True 3.0 3.0
# expect: True False -1
# expect: False 2 ababc [0, 0, 1]
# expect: 2 1 -8 2
# expect: -2 9 4
