# Dividing by zero.
plates, guests = 12, 0
print("plates:", plates)
each = plates / guests

# expect: plates: 12
# expect stderr: ZeroDivisionError: division by zero
# expect exit: 1
