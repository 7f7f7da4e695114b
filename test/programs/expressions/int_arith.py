# Integer arithmetic, including floor division and modulo with negative operands.
print(7 + 3, 7 - 10, 6 * -7, 7 / 2, 6 / 3, -7 / 2)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 - 2 - 3, 2 * 3 + 4, 2 * (3 + 4), 100 // 7 * 7 + 100 % 7)
print(abs(-12), -(-5), +5, ~0, int(True) + 1)
print(1_000 * 1_000, 0xff, 0o777, 0b1010, 7 // 1, 7 % 1)

# expect: 10 -3 -42 3.5 2.0 -3.5
# expect: 7 // 2 = 3, 7 % 2 = 1, divmod = (3, 1)
# expect: -7 // 2 = -4, -7 % 2 = 1, divmod = (-4, 1)
# expect: 7 // -2 = -4, 7 % -2 = -1, divmod = (-4, -1)
# expect: -7 // -2 = 3, -7 % -2 = -1, divmod = (3, -1)
# expect: 0 // 5 = 0, 0 % 5 = 0, divmod = (0, 0)
# expect: 1024 1 1 -8 -4 0.5 512
# expect: 5 10 14 100
# expect: 12 5 5 -1 2
# expect: 1000000 255 511 10 7 0
