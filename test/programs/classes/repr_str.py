# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Dish:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return f"Dish({self.name!r}, {self.price})"
    def __str__(self):
        return f"{self.name} (${self.price:.2f})"

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"

class Plain:
    pass

d = Dish("soup", 4)
print(d)
print(str(d), repr(d))
print(f"{d} {d!r}")
print([d, Dish("pie", 6.5)])
print({"special": d})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
p = Plain()
print(str(p) == repr(p))

# expect: soup ($4.00)
# expect: soup ($4.00) Dish('soup', 4)
# expect: soup ($4.00) Dish('soup', 4)
# expect: [Dish('soup', 4), Dish('pie', 6.5)]
# expect: {'special': Dish('soup', 4)}
# expect: <only repr> <only repr> [<only repr>]
# expect: True
# expect: True
