print("before")
if True
    print("never")

# expect stderr: SyntaxError: expected ':'
# expect exit: 1
