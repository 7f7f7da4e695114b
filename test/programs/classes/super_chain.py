# Single inheritance three deep, super() in __init__ and in methods.
class Worker:
    def __init__(self, name):
        self.name = name
        print("Worker.__init__", name)

    def describe(self):
        return f"{self.name}"

    def shift(self):
        return "8h"

class Cook(Worker):
    def __init__(self, name, station):
        super().__init__(name)
        self.station = station
        print("Cook.__init__", station)

    def describe(self):
        return super().describe() + f" at the {self.station}"

class HeadCook(Cook):
    def __init__(self, name):
        super().__init__(name, "pass")
        print("HeadCook.__init__")

    def describe(self):
        return "head cook " + super().describe()

    def shift(self):
        return "10h, not " + super().shift()

h = HeadCook("Ann")
print(h.describe())
print(h.shift(), Cook("Bo", "oven").shift())
print(isinstance(h, Worker), issubclass(HeadCook, Cook), issubclass(Worker, HeadCook))
print([c.__name__ for c in HeadCook.__mro__])

# expect: Worker.__init__ Ann
# expect: Cook.__init__ pass
# expect: HeadCook.__init__
# expect: head cook Ann at the pass
# expect: Worker.__init__ Bo
# expect: Cook.__init__ oven
# expect: 10h, not 8h 8h
# expect: True True False
# expect: ['HeadCook', 'Cook', 'Worker', 'object']
