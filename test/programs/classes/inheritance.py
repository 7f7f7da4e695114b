class Cook:
    kitchen = "main"
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f"I am {self.name}"
    def __repr__(self):
        return f"Cook({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Cook) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class PastryCook(Cook):
    def greet(self):
        return super().greet() + " and I bake"
    @property
    def title(self):
        return "Pastry " + self.name
    @staticmethod
    def oven():
        return "hot"
    @classmethod
    def make(cls, n):
        return cls(n)
p = PastryCook.make("Ann")
print(p.greet(), p.title, p.oven(), PastryCook.kitchen, repr(p), p == PastryCook("Ann"))
print(isinstance(p, Cook), issubclass(PastryCook, Cook), type(p).__name__, len({p, PastryCook("Ann")}))
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __add__(self, other):
        s = Stack()
        s.items = self.items + other.items
        return s
a = Stack(); a.items = [1, 2]
b = Stack(); b.items = [3]
c = a + b
print(len(c), list(c), c[0], 3 in c, bool(Stack()))

# expect: I am Ann and I bake Pastry Ann hot main Cook('Ann') True
# expect: True True PastryCook 1
# expect: 3 [1, 2, 3] 1 True False
