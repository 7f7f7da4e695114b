# Looping over a number.
for dish in 42:
    print(dish)

# expect stderr: TypeError: 'int' object is not iterable
# expect exit: 1
