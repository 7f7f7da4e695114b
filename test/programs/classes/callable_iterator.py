# __call__ makes instances callable; __iter__/__next__ make them iterators.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n

tick = Counter()
tick(); tick(5)
print(tick(), callable(tick), callable(Counter), callable(3))

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for n in Countdown(2):
    print("count", n)
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration")

# expect: 7 True True False
# expect: [3, 2, 1]
# expect: 2 1 done
# expect: count 2
# expect: count 1
# expect: StopIteration
