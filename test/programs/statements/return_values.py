# return: no value, several values, early returns, return inside loops.
def nothing():
    pass

def bare():
    return

def pair():
    return "soup", 4

def first_big(xs):
    for x in xs:
        if x > 10:
            return x
    return None

def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1

print(nothing(), bare())
dish, price = pair()
print(dish, price, pair())
print(first_big([1, 20, 30]), first_big([1, 2]))
print([sign(n) for n in (-5, 0, 5)])

# expect: None None
# expect: soup 4 ('soup', 4)
# expect: 20 None
# expect: [-1, 0, 1]
