# getattr (with a default), setattr, hasattr, delattr, vars.
class Order:
    table = 0
    def __init__(self):
        self.dish = "soup"

o = Order()
print(getattr(o, "dish"), getattr(o, "table"), getattr(o, "price", 4.5))
setattr(o, "price", 5)
print(o.price, hasattr(o, "price"), hasattr(o, "tip"), hasattr(Order, "dish"))
field = "dish"
setattr(o, field, getattr(o, field).upper())
print(o.dish, vars(o))
delattr(o, "price")
print(hasattr(o, "price"), sorted(vars(o)))
try:
    getattr(o, "tip")
except AttributeError as e:
    print(e)
method = getattr("soup", "upper")
print(method(), getattr([], "append") is not None, hasattr(3, "real"))

# expect: soup 0 4.5
# expect: 5 True False False
# expect: SOUP {'dish': 'SOUP', 'price': 5}
# expect: False ['dish']
# expect: 'Order' object has no attribute 'tip'
# expect: SOUP True True
