# A new exception while handling another: both are printed, the new one last.
try:
    {}["soup"]
except KeyError:
    print("handling the KeyError")
    1 / 0

# expect: handling the KeyError
# expect stderr: ZeroDivisionError: division by zero
# expect exit: 1
