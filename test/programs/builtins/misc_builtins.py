# chr, ord, divmod, pow, bin/oct/hex, callable, format.
print(chr(65), chr(0x1F373), ord("a"), ord("€"), [ord(c) for c in "AZ"])
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 5), pow(2, -1))
print(bin(10), oct(64), hex(255), hex(-1), bin(0), int(bin(10), 2))
print(callable(print), callable("x"), callable(lambda: 0), callable(int))
print(format(3.14159, ".2f"), format(1234567, ","), format("x", ">3"), format(10, "b"))
print(abs(-3), len("abc"), type(len).__name__, isinstance(len, object))

# expect: A 🍳 97 8364 [65, 90]
# expect: (3, 2) (-4, 3) (3.0, 2.5) 256 1 0.5
# expect: 0b1010 0o100 0xff -0x1 0b0 10
# expect: True False True True
# expect: 3.14 1,234,567   x 1010
# expect: 3 3 builtin_function_or_method True
