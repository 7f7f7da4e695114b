# Reading an attribute an object does not have.
class Foo:
    def __init__(self):
        self.y = 1

f = Foo()
print(f.y)
print(f.x)

# expect: 1
# expect stderr: AttributeError: 'Foo' object has no attribute 'x'
# expect exit: 1
