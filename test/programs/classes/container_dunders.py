# A container class: __len__, __getitem__, __setitem__, __contains__, __iter__, __bool__.
class Shelf:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, value):
        self.items[i] = value
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, item):
        return item in self.items
    def __iter__(self):
        return iter(self.items)

shelf = Shelf("salt", "flour", "sugar")
print(len(shelf), shelf[0], shelf[-1], shelf[1:])
shelf[1] = "rice"
del shelf[0]
print(list(shelf), "rice" in shelf, "salt" in shelf, "salt" not in shelf)
for item in shelf:
    print("item", item)
print(bool(shelf), bool(Shelf()), sorted(shelf), [x.upper() for x in shelf])
a, b = shelf
print(a, b, ", ".join(shelf), max(shelf))

class Pot:
    def __init__(self, full):
        self.full = full
    def __bool__(self):
        return self.full
print(bool(Pot(True)), bool(Pot(False)), "yes" if Pot(False) else "no")

# expect: 3 salt sugar ['flour', 'sugar']
# expect: ['rice', 'sugar'] True False True
# expect: item rice
# expect: item sugar
# expect: True False ['rice', 'sugar'] ['RICE', 'SUGAR']
# expect: rice sugar rice, sugar sugar
# expect: True False no
