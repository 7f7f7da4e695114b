# A name that shadows a builtin: str is now a string, not the type.
str = "soup"
print(str)
label = str(42)

# expect: soup
# expect stderr: TypeError: 'str' object is not callable
# expect exit: 1
