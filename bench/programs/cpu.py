# CPU-bound: arithmetic on a global, recursive calls, method calls that append to a list.
total = 0


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Pantry:
    def __init__(self):
        self.items = []

    def stock(self, item):
        self.items.append(item)


for i in range(400000):
    total += i * 3 % 7

pantry = Pantry()
for i in range(300000):
    pantry.stock(i)

print(total, fib(24), len(pantry.items))
