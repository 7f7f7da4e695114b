class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with Ctx("a") as x, Ctx("b") as y:
    print("body", x, y)
with Ctx("c", swallow=True):
    raise ValueError("hidden")
print("after")
try:
    with Ctx("d"):
        raise KeyError("k")
except KeyError:
    print("propagated")

# expect: enter a
# expect: enter b
# expect: body A B
# expect: exit b None
# expect: exit a None
# expect: enter c
# expect: exit c ValueError
# expect: after
# expect: enter d
# expect: exit d KeyError
# expect: propagated
