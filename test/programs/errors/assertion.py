stock = 0
assert stock > 0, "the pantry is empty"

# expect stderr: AssertionError: the pantry is empty
# expect exit: 1
