# if / elif / else, with truthiness of common values.
def describe(order):
    if not order:
        return "nothing"
    elif len(order) == 1:
        return "one dish"
    elif len(order) < 4:
        return "a few dishes"
    else:
        return "a feast"

for order in [[], ["soup"], ["soup", "pie"], list(range(9))]:
    print(describe(order))

for value in [0, 1, "", "x", [], [0], {}, None, 0.0, -1]:
    if value:
        print(repr(value), "is true")
    else:
        print(repr(value), "is false")

temp = 75
if temp > 100: print("boiling")
elif temp > 60: print("hot")
else: print("cold")

# expect: nothing
# expect: one dish
# expect: a few dishes
# expect: a feast
# expect: 0 is false
# expect: 1 is true
# expect: '' is false
# expect: 'x' is true
# expect: [] is false
# expect: [0] is true
# expect: {} is false
# expect: None is false
# expect: 0.0 is false
# expect: -1 is true
# expect: hot
