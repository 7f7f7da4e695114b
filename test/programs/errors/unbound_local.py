# Assigning to a name anywhere in a function makes it local everywhere in it.
orders = 0

def take():
    orders += 1

take()

# expect stderr: UnboundLocalError: cannot access local variable 'orders' where it is not associated with a value
# expect exit: 1
