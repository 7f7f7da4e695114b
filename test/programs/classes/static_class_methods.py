# @staticmethod and @classmethod, called on the class and on instances; alternative constructors.
class Recipe:
    made = 0
    def __init__(self, name, minutes):
        self.name = name
        self.minutes = minutes
        Recipe.made += 1
    @classmethod
    def quick(cls, name):
        return cls(name, 5)
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.made}"
    @staticmethod
    def to_seconds(minutes):
        return minutes * 60

class Dessert(Recipe):
    pass

r = Recipe.quick("toast")
d = Dessert.quick("mousse")
print(r.name, r.minutes, type(r).__name__, type(d).__name__)
print(Recipe.how_many(), Dessert.how_many(), d.how_many())
print(Recipe.to_seconds(3), r.to_seconds(2), Dessert.to_seconds(1))

# expect: toast 5 Recipe Dessert
# expect: Recipe: 2 Dessert: 2 Dessert: 2
# expect: 180 120 60
