# Reading a local before it is assigned.
def plan():
    if False:
        dish = "soup"
    return dish

plan()

# expect stderr: UnboundLocalError: cannot access local variable 'dish' where it is not associated with a value
# expect exit: 1
