# Calling a function with too many positional arguments.
def serve(dish):
    return dish

print(serve("pie"))
serve("pie", "cream")

# expect: pie
# expect stderr: TypeError: serve() takes 1 positional argument but 2 were given
# expect exit: 1
