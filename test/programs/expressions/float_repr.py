# How floats print: the shortest text that reads back as the same number.
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1.5e300 * 1e10)
print(1e-5, 0.0001, 0.00001234, 1e-7, 5e-324)
print(float("inf"), -float("inf"), float("nan"), float("-inf") < 0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1.0, 100.0, -0.0, 0.0 == -0.0, 2.50, 3.0 * 2)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5)
print(float(3), float("  2.5 "), float("1e3"), int(2.9), int(-2.9))
print(1.1 + 2.2, 3.3 * 3, 0.1 + 0.7, 4.35 * 100)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(3.14159, 3))
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2 ** 0.5 * 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, float(10 ** 20), 1 / 7)

# expect: 0.30000000000000004 0.30000000000000004 0.3333333333333333 0.6666666666666666 2.5
# expect: 1e+16 1000000000000000.0 1.2345678901234568e+17 1e+22 inf
# expect: 1e-05 0.0001 1.234e-05 1e-07 5e-324
# expect: inf -inf nan True
# expect: False True False False
# expect: 1.0 100.0 -0.0 True 2.5 6.0
# expect: 3.0 -4.0 1.5 0.5 1.4142135623730951
# expect: 3.0 2.5 1000.0 2 -2
# expect: 3.3000000000000003 9.899999999999999 0.7999999999999999 434.99999999999994
# expect: 2.67 0 2 0 3.142
# expect: True False True 2.0000000000000004
# expect: inf -inf 1e+20 0.14285714285714285
