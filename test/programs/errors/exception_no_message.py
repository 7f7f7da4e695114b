# An exception raised without arguments prints only its name.
class Closed(Exception):
    pass

print("closing")
raise Closed

# expect: closing
# expect stderr: Closed
# expect exit: 1
