# Indexing something that is not a container.
orders = 5
print(orders)
first = orders[0]

# expect: 5
# expect stderr: TypeError: 'int' object is not subscriptable
# expect exit: 1
