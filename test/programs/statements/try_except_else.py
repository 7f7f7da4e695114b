# except clauses in order, tuples of types, else, and the exception variable.
def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("not a number:", e)
    except (TypeError, AttributeError) as e:
        print("wrong type:", type(e).__name__)
    else:
        print("parsed", value)
        return value
    finally:
        print("finally for", repr(text))

parse("42")
parse("4x2")
parse(None)
try:
    raise KeyError("soup")
except LookupError as e:
    print("LookupError catches", type(e).__name__, e.args)
try:
    1 / 0
except Exception as err:
    saved = err
print(type(saved).__name__, saved)
try:
    print(err)
except NameError as e:
    print("the except variable is gone:", e)

# expect: parsed 42
# expect: finally for '42'
# expect: not a number: invalid literal for int() with base 10: '4x2'
# expect: finally for '4x2'
# expect: wrong type: TypeError
# expect: finally for None
# expect: LookupError catches KeyError ('soup',)
# expect: ZeroDivisionError division by zero
# expect: the except variable is gone: name 'err' is not defined
