# A missing dict key.
prices = {"soup": 4, "pie": 6}
print(prices["soup"])
print(prices["stew"])

# expect: 4
# expect stderr: KeyError: 'stew'
# expect exit: 1
