# Three chefs cook at once; dishes are served in the order they finish cooking.
import kitchen
import threading

def chef(dish, seconds):
    kitchen.cook(dish, seconds)
    kitchen.serve(dish)

orders = [("roast", 3), ("salad", 1), ("soup", 2)]
chefs = [threading.Thread(target=chef, args=order) for order in orders]
for c in chefs:
    c.start()
for c in chefs:
    c.join()
print(kitchen.served())

# expect: ['salad', 'soup', 'roast']
