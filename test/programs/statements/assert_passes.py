# assert: a true condition does nothing; a false one raises AssertionError.
stock = 3
assert stock > 0
assert stock == 3, "never shown"
try:
    assert stock > 5, f"only {stock} left"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
print("done")

# expect: AssertionError: only 3 left
# expect: no message: AssertionError() ()
# expect: done
