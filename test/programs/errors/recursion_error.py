# A function that never stops calling itself.
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(10)

# expect: start
# expect stderr: RecursionError: maximum recursion depth exceeded
# expect exit: 1
