# id identifies an object for its lifetime (only compare, never print it); hash of ints and strings.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), id(None) == id(None))
print(hash(1), hash(0), hash(-1), hash(-2), hash(12345), hash(True), hash(1) == hash(1.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash("soup") == hash("soup"), hash((1, 2)) == hash((1, 2)), hash(3.0) == hash(3))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
d = {1: "int", 1.0: "float"}
print(d, len({hash("x"), hash("x")}))

# expect: True False True True
# expect: 1 0 -2 -2 12345 1 True
# expect: 0 1 -2
# expect: True True True
# expect: unhashable type: 'list'
# expect: unhashable type: 'dict'
# expect: {1: 'float'} 1
