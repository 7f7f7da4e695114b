# pass where a statement is needed: an empty class, function, branch and loop.
class Nothing:
    pass

def todo():
    pass

for _ in range(3):
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
print(type(Nothing()).__name__, todo(), _)

# expect: Nothing None 2
