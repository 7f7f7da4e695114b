# An uncaught user exception prints its class name and its str().
class OutOfStock(Exception):
    def __init__(self, item):
        super().__init__(item)
        self.item = item
    def __str__(self):
        return f"no {self.item} left"

raise OutOfStock("eggs")

# expect stderr: OutOfStock: no eggs left
# expect exit: 1
