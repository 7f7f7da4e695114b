# Assignment to every kind of target: names, chains, attributes, subscripts, slices.
class Station:
    pass

stove = Station()
stove.dish = "soup"
stove.temp = stove.heat = 180
print(stove.dish, stove.temp, stove.heat)

orders = ["a", "b", "c", "d"]
orders[0] = "A"
orders[-1] = "D"
orders[1:3] = ["x", "y", "z"]
print(orders)

menu = {}
menu["soup"] = 4
menu["soup"], menu["pie"] = 5, 6
print(menu)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid)

a = b = c = []
a.append(1)
print(a, b, c, a is c)

# expect: soup 180 180
# expect: ['A', 'x', 'y', 'z', 'D']
# expect: {'soup': 5, 'pie': 6}
# expect: [[0, 0, 0], [0, 0, 7]]
# expect: [1] [1] [1] True
