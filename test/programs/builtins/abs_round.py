# abs, and round: to an int, to digits, and half to even (banker's rounding).
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 1), round(1234.5678, -2), round(15, -1), round(25, -1), round(-15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(7), round(7, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20), round(0.1 + 0.2, 10))

# expect: 5 5 2.5 0 0.0 1
# expect: [0, 2, 2, 4, 0, -2, 2, 3]
# expect: 2.67 1.0 0.12 0.38
# expect: 1234.6 1200.0 20 20 -20
# expect: int float 7 7
# expect: 3.142 -3.1 100000000000000000000 0.3
