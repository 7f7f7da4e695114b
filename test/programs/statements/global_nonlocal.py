# global and nonlocal, and reading outer names without them.
orders = 0
menu = ["soup"]

def take_order():
    global orders
    orders += 1

def add_dish(d):
    menu.append(d)          # a mutation needs no global

def make_counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

take_order(); take_order()
add_dish("pie")
print(orders, menu)
c1, c2 = make_counter(), make_counter()
c1(); c1(5)
print(c1(), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x

print(outer())

def shadow():
    orders = 100
    return orders

print(shadow(), orders)

def make_global():
    global created
    created = "made inside"

make_global()
print(created)

# expect: 2 ['soup', 'pie']
# expect: 7 1
# expect: changed by inner
# expect: 100 2
# expect: made inside
