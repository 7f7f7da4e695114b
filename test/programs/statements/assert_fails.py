# An assert that fails ends the program.
def take(stock, n):
    assert n <= stock, f"wanted {n}, have {stock}"
    return stock - n

left = take(5, 2)
print("left", left)
take(left, 4)
print("not reached")

# expect: left 3
# expect stderr: AssertionError: wanted 4, have 3
# expect exit: 1
