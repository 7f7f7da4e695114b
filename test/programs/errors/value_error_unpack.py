# Unpacking the wrong number of values.
dish, price = ("soup", 4)
print(dish, price)
dish, price = ("soup", 4, "hot")

# expect: soup 4
# expect stderr: ValueError: too many values to unpack (expected 2)
# expect exit: 1
