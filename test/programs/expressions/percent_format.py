# printf-style formatting with %.
print("%s has %d dishes" % ("table 1", 3))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e" % (3.14159, 3.14159, 3.14159, 31415.9))
print("%r %s %r" % ("soup", "soup", 1.5))
print("%x %X %o %c" % (255, 255, 8, 65))
print("100%% done, %s" % "really")
print("%(dish)s costs %(price).2f" % {"dish": "pie", "price": 6})
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50)
print("%10s|%-10s|" % ("right", "left"))
print("%i %d %s" % (3.9, -3.9, 3.9))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)

# expect: table 1 has 3 dishes
# expect:    42|42   |00042|+42
# expect: 3.14|   3.142|3.1     |3.141590e+04
# expect: 'soup' soup 1.5
# expect: ff FF 10 A
# expect: 100% done, really
# expect: pie costs 6.00
# expect: [1, 2] 1 50%
# expect:      right|left      |
# expect: 3 -3 3.9
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: not enough arguments for format string
