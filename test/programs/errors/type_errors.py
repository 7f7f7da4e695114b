n = 5
nothing = None
def f(x):
    return x
for call in [lambda: f(), lambda: f(1, 2), lambda: 1 + "a", lambda: nothing(), lambda: n[0], lambda: len(3), lambda: f(y=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
class A:
    pass
try:
    A().nope
except AttributeError as e:
    print(e)

# expect: f() missing 1 required positional argument: 'x'
# expect: f() takes 1 positional argument but 2 were given
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: 'NoneType' object is not callable
# expect: 'int' object is not subscriptable
# expect: object of type 'int' has no len()
# expect: f() got an unexpected keyword argument 'y'
# expect: KeyError 'missing'
# expect: list index out of range
# expect: invalid literal for int() with base 10: 'abc'
# expect: 'A' object has no attribute 'nope'
