# Calling a function with a keyword it does not have.
def bake(item, minutes=30):
    return item

bake("bread", minutes=20)
bake("bread", temp=200)

# expect stderr: TypeError: bake() got an unexpected keyword argument 'temp'
# expect exit: 1
