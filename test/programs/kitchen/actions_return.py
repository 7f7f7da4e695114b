# Each action returns the dish it worked on; serve returns None; served() lists what was served.
import kitchen

print(kitchen.cook("soup"), kitchen.cook("rice", 2, station="wok"), kitchen.cook("egg", seconds=0))
print(kitchen.bake("bread"), kitchen.bake("pie", 0.5), kitchen.chop("onion"), kitchen.chop("leek", 1))
print(kitchen.plate("soup"), kitchen.plate("rice", seconds=1.5))
print(kitchen.served(), kitchen.serve("soup"), kitchen.serve("rice"))
print(kitchen.served())

# expect: soup rice egg
# expect: bread pie onion leek
# expect: soup rice
# expect: [] None None
# expect: ['soup', 'rice']
