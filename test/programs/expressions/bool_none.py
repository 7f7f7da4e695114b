# True, False and None: arithmetic, comparisons, truthiness, identity.
print(True + True, True * 10, False - 1, True / 2, int(False), float(True))
print(True == 1, False == 0, True is True, not None, None is None)
print(bool(None), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(set()))
print(bool(-1), bool("False"), bool([None]), bool(0.1))
print(str(True), repr(False), str(None), repr(None), f"{None}")
print(type(True).__name__, type(None).__name__, isinstance(True, int))
print(None == 0, None == False, None != None, [None] * 2)
def nothing():
    pass
print(nothing() is None, max(True, 0), sum([True, True, False]))
print(True and "yes", False or "fallback", None or 0 or "last")

# expect: 2 10 -1 0.5 0 1.0
# expect: True True True True True
# expect: False False False False False False False False
# expect: True True True True
# expect: True False None None None
# expect: bool NoneType True
# expect: False False False [None, None]
# expect: True True 2
# expect: yes fallback last
