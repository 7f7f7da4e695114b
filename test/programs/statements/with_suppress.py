# Context managers: what __exit__ receives, suppressing exceptions, return in a body.
class Guard:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, exc, tb is not None)
        return exc_type is not None and issubclass(exc_type, self.suppress)

with Guard("quiet", suppress=(KeyError,)):
    {}["missing"]
print("after the suppressed KeyError")

try:
    with Guard("outer", suppress=(ValueError,)), Guard("inner"):
        raise ValueError("bad batch")
except ValueError:
    print("not reached")
print("the outer one suppressed it")

def find():
    with Guard("in a function") as g:
        return g.name.upper()

print(find())
for i in range(3):
    with Guard(f"loop {i}"):
        if i == 1:
            break

# expect: enter quiet
# expect: exit quiet KeyError 'missing' True
# expect: after the suppressed KeyError
# expect: enter outer
# expect: enter inner
# expect: exit inner ValueError bad batch True
# expect: exit outer ValueError bad batch True
# expect: the outer one suppressed it
# expect: enter in a function
# expect: exit in a function None None False
# expect: IN A FUNCTION
# expect: enter loop 0
# expect: exit loop 0 None None False
# expect: enter loop 1
# expect: exit loop 1 None None False
