# An index past the end of a string, and popping from an empty list after it is caught.
word = "pie"
try:
    word[3]
except IndexError as e:
    print(e)
[].pop()

# expect: string index out of range
# expect stderr: IndexError: pop from empty list
# expect exit: 1
