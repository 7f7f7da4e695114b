# int() and float() on text that is not a number raise ValueError.
for text in ["12", "  12\n", "+5", "-0", "1.5", "", "twelve", "1e3", "0x10", " 4 2"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", e)
for text in ["1.5", "nan", "1e3", "abc", ""]:
    try:
        print(repr(text), "->", float(text))
    except ValueError as e:
        print(repr(text), "->", e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
print(int("z", 36), int("-11", 2), int("0b11", 0), int("017", 8))

# expect: '12' -> 12
# expect: '  12\n' -> 12
# expect: '+5' -> 5
# expect: '-0' -> 0
# expect: '1.5' -> invalid literal for int() with base 10: '1.5'
# expect: '' -> invalid literal for int() with base 10: ''
# expect: 'twelve' -> invalid literal for int() with base 10: 'twelve'
# expect: '1e3' -> invalid literal for int() with base 10: '1e3'
# expect: '0x10' -> invalid literal for int() with base 10: '0x10'
# expect: ' 4 2' -> invalid literal for int() with base 10: ' 4 2'
# expect: '1.5' -> 1.5
# expect: 'nan' -> nan
# expect: '1e3' -> 1000.0
# expect: 'abc' -> could not convert string to float: 'abc'
# expect: '' -> could not convert string to float: ''
# expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: 35 -3 3 15
