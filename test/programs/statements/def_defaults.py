# Defaults, keyword arguments, and defaults evaluated once.
def order(dish, qty=1, sauce="none"):
    return f"{qty} x {dish} ({sauce})"

print(order("soup"))
print(order("soup", 3))
print(order("pie", sauce="cream"))
print(order(sauce="hot", dish="wings", qty=12))

def add_to(item, tray=[]):
    tray.append(item)
    return tray

print(add_to("a"), add_to("b"))   # the same list both times

def add_fresh(item, tray=None):
    if tray is None:
        tray = []
    tray.append(item)
    return tray

print(add_fresh("a"), add_fresh("b"))
default = 5
def show(x=default):
    return x
default = 6
print(show())

# expect: 1 x soup (none)
# expect: 3 x soup (none)
# expect: 1 x pie (cream)
# expect: 12 x wings (hot)
# expect: ['a', 'b'] ['a', 'b']
# expect: ['a'] ['b']
# expect: 5
