# finally always runs: after return, break and continue, and its return wins.
def returns():
    try:
        return "from try"
    finally:
        print("finally after return")

def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally's return hides the exception"

print(returns())
print(finally_wins())
print(swallow())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

# expect: finally after return
# expect: from try
# expect: from finally
# expect: finally's return hides the exception
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: body 2
# expect: finally 2
# expect: finally 3
# expect: inner finally
# expect: outer caught 'k'
# expect: outer finally
