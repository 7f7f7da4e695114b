# Calling a function with too few arguments.
def cook(dish, minutes):
    return f"{dish} for {minutes} min"

print(cook("soup", 10))
cook("stew")

# expect: soup for 10 min
# expect stderr: TypeError: cook() missing 1 required positional argument: 'minutes'
# expect exit: 1
