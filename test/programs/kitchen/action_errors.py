# The actions check their arguments like CPython functions do.
import kitchen

attempts = [
    lambda: kitchen.cook(42),
    lambda: kitchen.cook("soup", -1),
    lambda: kitchen.cook("soup", "long"),
    lambda: kitchen.bake(None),
    lambda: kitchen.chop("leek", seconds=-0.5),
    lambda: kitchen.plate(["soup"]),
    lambda: kitchen.serve(3),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("nothing was served:", kitchen.served())

# expect: TypeError: dish must be a str
# expect: ValueError: seconds must be non-negative
# expect: TypeError: seconds must be a number
# expect: TypeError: dish must be a str
# expect: ValueError: seconds must be non-negative
# expect: TypeError: dish must be a str
# expect: TypeError: dish must be a str
# expect: nothing was served: []
