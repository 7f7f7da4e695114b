# kitchen-only: a for loop over a generator that never ends.
def tickets():
    n = 0
    while True:
        n += 1
        yield n

for t in tickets():
    pass

# expect stderr: KitchenError: the program ran more than 1000000 steps (raise the limit with --max-steps)
# expect exit: 1
