def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally")
print(div(1, 2))
print(div(1, 0))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyError))
def loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop())
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)

# expect: ok
# expect: finally
# expect: 0.5
# expect: error: division by zero
# expect: finally
# expect: None
# expect: KeyError('outer') ValueError('inner')
# expect: MyError code 42 42 True
# expect: cleanup 0
# expect: cleanup 1
# expect: cleanup 2
# expect: 2
# expect: caught IndexError list index out of range
