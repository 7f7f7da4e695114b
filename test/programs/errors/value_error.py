# int() of text that is not a number.
qty = int("12")
print(qty)
qty = int("twelve")

# expect: 12
# expect stderr: ValueError: invalid literal for int() with base 10: 'twelve'
# expect exit: 1
