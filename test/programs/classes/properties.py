# @property with a setter and a deleter, and a read-only property.
class Oven:
    def __init__(self):
        self._temp = 20
    @property
    def temp(self):
        return self._temp
    @temp.setter
    def temp(self, value):
        if value > 300:
            raise ValueError("too hot")
        self._temp = value
    @property
    def hot(self):
        return self._temp >= 180

oven = Oven()
print(oven.temp, oven.hot)
oven.temp = 200
print(oven.temp, oven.hot)
try:
    oven.temp = 500
except ValueError as e:
    print("ValueError:", e)
try:
    oven.hot = False
except AttributeError as e:
    print("AttributeError:", e)
print(oven.temp, type(Oven.temp).__name__)

# expect: 20 False
# expect: 200 True
# expect: ValueError: too hot
# expect: AttributeError: property 'hot' of 'Oven' object has no setter
# expect: 200 property
