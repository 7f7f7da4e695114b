# An index past the end of a list.
queue = ["soup", "pie"]
print(queue[1], queue[-2])
print(queue[2])

# expect: pie soup
# expect stderr: IndexError: list index out of range
# expect exit: 1
