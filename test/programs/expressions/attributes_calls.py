# Attribute access and calls: on instances, classes, modules and call results.
class Pot:
    size = "large"
    def __init__(self):
        self.contents = []
    def add(self, item):
        self.contents.append(item)
        return self
    def count(self):
        return len(self.contents)

pot = Pot()
pot.add("water").add("salt").add("pasta")
print(pot.contents, pot.count(), pot.size, Pot.size)
add = pot.add
add("oil")
print(pot.count(), Pot.count(pot), type(pot).size)
print("a,b".split(",")[1].upper(), [3, 1, 2].index(2), {"k": [1, 2]}["k"][-1])
def make_adder(n):
    return lambda x: x + n
print(make_adder(3)(4), (lambda *a: len(a))(1, 2, 3))
fns = {"double": lambda x: x * 2}
print(fns["double"](21))
pot.label = "soup pot"
print(pot.label, getattr(pot, "label"), "label" in pot.__dict__)

# expect: ['water', 'salt', 'pasta'] 3 large large
# expect: 4 4 large
# expect: B 2 2
# expect: 7 3
# expect: 42
# expect: soup pot soup pot True
