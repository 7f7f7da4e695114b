# raise, raise from, bare raise, and the __cause__ / __context__ links.
class OrderError(Exception):
    pass

def load(qty):
    try:
        return int(qty)
    except ValueError as e:
        raise OrderError(f"bad quantity {qty!r}") from e

try:
    load("many")
except OrderError as e:
    print(e, "| cause:", repr(e.__cause__))

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)

def reraise():
    try:
        raise IndexError("again")
    except IndexError:
        print("logging and re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("caught", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("a class raises an instance:", repr(e))

# expect: bad quantity 'many' | cause: ValueError("invalid literal for int() with base 10: 'many'")
# expect: while handling | context: KeyError('x') None
# expect: second None True
# expect: logging and re-raising
# expect: caught IndexError('again')
# expect: a class raises an instance: ValueError()
