# served() returns a copy, in the order dishes were served.
import kitchen

for dish in ["starter", "main", "dessert"]:
    kitchen.serve(dish)
snapshot = kitchen.served()
snapshot.append("not really served")
snapshot[0] = "changed"
print(kitchen.served())
print(len(snapshot), kitchen.served() is kitchen.served())

# expect: ['starter', 'main', 'dessert']
# expect: 4 False
