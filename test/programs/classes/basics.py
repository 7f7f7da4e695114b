# A class: __init__, methods, instance and class attributes.
class Chef:
    kitchen = "Main St."          # shared by every chef
    count = 0

    def __init__(self, name, dishes=None):
        self.name = name
        self.dishes = dishes or []
        Chef.count += 1

    def learn(self, dish):
        self.dishes.append(dish)
        return len(self.dishes)

    def menu(self):
        return f"{self.name} cooks {', '.join(self.dishes) or 'nothing yet'}"

ann = Chef("Ann")
bo = Chef("Bo", ["stew"])
print(ann.learn("soup"), ann.learn("pie"))
print(ann.menu())
print(bo.menu())
print(Chef.count, ann.kitchen, bo.kitchen)
ann.kitchen = "Harbour Rd."        # an instance attribute hides the class one
print(ann.kitchen, bo.kitchen, Chef.kitchen)
Chef.kitchen = "Hill St."
print(ann.kitchen, bo.kitchen)
print(type(ann).__name__, Chef.__name__, isinstance(bo, Chef))

# expect: 1 2
# expect: Ann cooks soup, pie
# expect: Bo cooks stew
# expect: 2 Main St. Main St.
# expect: Harbour Rd. Main St. Main St.
# expect: Harbour Rd. Hill St.
# expect: Chef Chef True
