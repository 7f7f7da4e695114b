# *args, **kwargs, keyword-only parameters, and unpacking in calls.
def ticket(table, *dishes, rush=False, **notes):
    parts = [f"table {table}", ", ".join(dishes) or "-"]
    if rush:
        parts.append("RUSH")
    for key in sorted(notes):
        parts.append(f"{key}={notes[key]}")
    return " | ".join(parts)

print(ticket(1))
print(ticket(2, "soup", "pie"))
print(ticket(3, "tea", rush=True, allergy="nuts", chair="high"))
args = (4, "eggs", "ham")
kwargs = {"rush": True, "side": "toast"}
print(ticket(*args, **kwargs))
print(ticket(*[5], *["a", "b"], **{"x": 1}, y=2))

def only_kw(*, size, hot=True):
    return size, hot

print(only_kw(size="L"), only_kw(hot=False, size="S"))

def count(*args, **kwargs):
    return len(args), len(kwargs), type(args).__name__, type(kwargs).__name__

print(count(), count(1, 2, a=3))

# expect: table 1 | -
# expect: table 2 | soup, pie
# expect: table 3 | tea | RUSH | allergy=nuts | chair=high
# expect: table 4 | eggs, ham | RUSH | side=toast
# expect: table 5 | a, b | x=1 | y=2
# expect: ('L', True) ('S', False)
# expect: (0, 0, 'tuple', 'dict') (2, 1, 'tuple', 'dict')
