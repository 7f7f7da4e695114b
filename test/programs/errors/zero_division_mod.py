# Modulo and floor division by zero have their own messages.
for op in [lambda: 5 // 0, lambda: 5 % 0, lambda: 5.0 / 0, lambda: 5.0 // 0.0, lambda: divmod(1, 0)]:
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
print(1 % 0.0)

# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: float division by zero
# expect: float floor division by zero
# expect: integer division or modulo by zero
# expect stderr: ZeroDivisionError: float modulo
# expect exit: 1
