# Adding a number and a string.
count = 3
print("before")
label = count + " dishes"

# expect: before
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect exit: 1
