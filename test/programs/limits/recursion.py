def down(n):
    return down(n + 1)
down(0)

# expect stderr: RecursionError: maximum recursion depth exceeded
# expect exit: 1
