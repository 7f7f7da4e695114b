# and / or return one of their operands; both short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None and 1)
print([] or {} or "last", "a" and "b" and "c", 0 or None)
print(not 0, not 1, not "", not [], not None, not not "x")
log = []
def side(v):
    log.append(v)
    return v
side(0) and side(1)
side(1) or side(2)
side(1) and side(0) and side(3)
print(log)
name = ""
print(name or "anonymous", (name and name.upper()) or "-")
print(True and False or True, not True or True, not (True or True))
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")

# expect: 2 0 1 2 default None
# expect: last c None
# expect: True False True True True True
# expect: [0, 1, 1, 0]
# expect: anonymous -
# expect: True True False
# expect: True big small
