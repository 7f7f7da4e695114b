# Calling None, e.g. a function that was never assigned.
handler = None
handler("order")

# expect stderr: TypeError: 'NoneType' object is not callable
# expect exit: 1
