# A method call on None, e.g. after a function that returned nothing.
orders = ["soup", "pie"].sort()
orders.append("tea")

# expect stderr: AttributeError: 'NoneType' object has no attribute 'append'
# expect exit: 1
