def cook():
    return undefined_ingredient
cook()

# expect stderr: NameError: name 'undefined_ingredient' is not defined
# expect exit: 1
