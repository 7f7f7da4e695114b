# any and all: empty iterables, truthiness, and stopping early.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any([0, 1]), all([1, 0]), any("abc"), all(x > 0 for x in [1, 2, 3]))
checked = []
def hot(t):
    checked.append(t)
    return t > 100
temps = [20, 150, 300, 40]
print(any(hot(t) for t in temps), checked)
checked.clear()
print(all(hot(t) for t in temps), checked)
stocks = {"eggs": 3, "milk": 0}
print(all(stocks.values()), any(v == 0 for v in stocks.values()))

# expect: False True False True
# expect: True False True True
# expect: True [20, 150]
# expect: False [20]
# expect: False True
