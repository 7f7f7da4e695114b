# Class attributes: shared mutable defaults, counters, and attributes added later.
class Table:
    seats = 4
    orders = []                # one list shared by every table (a classic slip)
    def __init__(self, number):
        self.number = number
        self.own = []
    def order(self, dish):
        self.orders.append((self.number, dish))
        self.own.append(dish)

t1, t2 = Table(1), Table(2)
t1.order("soup")
t2.order("pie")
print(Table.orders, t1.own, t2.own, t1.orders is t2.orders)
t2.seats = 6
print(t1.seats, t2.seats, Table.seats, "seats" in vars(t2), "seats" in vars(t1))
Table.vip = False
print(t1.vip, hasattr(t2, "vip"), getattr(t1, "missing", "default"))
print(sorted(vars(t1)), sorted(k for k in vars(Table) if not k.startswith("__")))

# expect: [(1, 'soup'), (2, 'pie')] ['soup'] ['pie'] True
# expect: 4 6 4 True False
# expect: False True default
# expect: ['number', 'own'] ['order', 'orders', 'seats', 'vip']
