# __eq__ (and the != it implies), __hash__ for sets and dict keys.
class Order:
    def __init__(self, table, dish):
        self.table = table
        self.dish = dish
    def __eq__(self, other):
        if not isinstance(other, Order):
            return NotImplemented
        return (self.table, self.dish) == (other.table, other.dish)
    def __hash__(self):
        return hash((self.table, self.dish))
    def __repr__(self):
        return f"Order({self.table}, {self.dish!r})"

a = Order(1, "soup")
b = Order(1, "soup")
c = Order(2, "soup")
print(a == b, a != b, a == c, a != c, a is b)
print(a == "soup", a != 3)
print(len({a, b, c}), {a: "first", b: "second"})
print(a in [c, b], [a, b, c].count(a), [c, b].index(b))

class NoEq:
    pass

x, y = NoEq(), NoEq()
print(x == y, x == x, x != y, len({x, y, x}))

class EqNoHash:
    def __eq__(self, other):
        return True
try:
    {EqNoHash()}
except TypeError as e:
    print(e)

# expect: True False False True False
# expect: False True
# expect: 2 {Order(1, 'soup'): 'second'}
# expect: True 2 1
# expect: False True True 2
# expect: unhashable type: 'EqNoHash'
