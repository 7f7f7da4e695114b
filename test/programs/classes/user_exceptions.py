# User-defined exceptions: hierarchy, args, extra attributes, a custom __str__.
class KitchenError(Exception):
    pass

class OutOfStock(KitchenError):
    def __init__(self, item, needed):
        super().__init__(item, needed)
        self.item = item
        self.needed = needed
    def __str__(self):
        return f"out of {self.item} (need {self.needed})"

class Burnt(KitchenError):
    pass

for exc in [OutOfStock("eggs", 3), Burnt("toast", "badly"), Burnt(), KitchenError("generic")]:
    try:
        raise exc
    except OutOfStock as e:
        print("OutOfStock:", e, e.args, e.item)
    except KitchenError as e:
        print(type(e).__name__, str(e), e.args, repr(e))
print(issubclass(Burnt, Exception), isinstance(Burnt(), KitchenError))
try:
    raise OutOfStock("milk", 1)
except Exception as e:
    print(f"{e} | {e!r}")

# expect: OutOfStock: out of eggs (need 3) ('eggs', 3) eggs
# expect: Burnt ('toast', 'badly') ('toast', 'badly') Burnt('toast', 'badly')
# expect: Burnt  () Burnt()
# expect: KitchenError generic ('generic',) KitchenError('generic')
# expect: True True
# expect: out of milk (need 1) | OutOfStock('milk', 1)
