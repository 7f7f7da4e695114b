# Operator methods: __add__, __sub__, __mul__, __radd__ (for sum), __neg__, __iadd__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:              # sum() starts from 0
            return self
        return NotImplemented
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, n):
        return Money(self.cents * n)
    def __rmul__(self, n):
        return self * n
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

soup, pie = Money(450), Money(600)
print(soup + pie, pie - soup, soup * 3, 2 * pie, -soup)
print(sum([soup, pie, Money(50)]), soup + pie == Money(1050))
total = Money(0)
total += soup                  # no __iadd__: falls back to __add__
print(total)
try:
    soup + 5
except TypeError as e:
    print(e)

# expect: $10.50 $1.50 $13.50 $12.00 $-4.50
# expect: $11.00 True
# expect: $4.50
# expect: unsupported operand type(s) for +: 'Money' and 'int'
