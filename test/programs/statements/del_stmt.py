# del of names, list items and slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = list(range(8))
del items[0]
del items[-1]
del items[1:3]
del items[::2]
print(items)
menu = {"soup": 4, "pie": 6}
del menu["soup"]
print(menu)
try:
    del menu["tea"]
except KeyError as e:
    print("KeyError:", e)

class Dish:
    pass

d = Dish()
d.name = "pie"
d.hot = True
del d.hot
print(hasattr(d, "hot"), d.name)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)

# expect: NameError: name 'x' is not defined
# expect: [4, 6]
# expect: {'pie': 6}
# expect: KeyError: 'tea'
# expect: False pie
# expect: name 'a' is not defined
