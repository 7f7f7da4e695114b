# for over the common iterables, and for/else.
for i in range(2, 11, 4):
    print("range", i)
for x in [3.5, "s", None]:
    print("list", x)
for x in (1, (2, 3)):
    print("tuple", x)
prices = {"soup": 4, "pie": 6}
for k in prices:
    print("dict key", k)
for k, v in prices.items():
    print("item", k, v)
for ch in "hot":
    print("char", ch)
for i, dish in enumerate(["soup", "pie"], 1):
    print("enumerate", i, dish)
for a, b in zip("ab", [10, 20, 30]):
    print("zip", a, b)
for sq in (n * n for n in range(4) if n % 2):
    print("generator", sq)

def find(items, wanted):
    for i, item in enumerate(items):
        if item == wanted:
            print("found", wanted, "at", i)
            break
    else:
        print(wanted, "not found")

find(["egg", "ham"], "ham")
find(["egg", "ham"], "jam")
for nothing in []:
    pass
else:
    print("else after an empty loop")

# expect: range 2
# expect: range 6
# expect: range 10
# expect: list 3.5
# expect: list s
# expect: list None
# expect: tuple 1
# expect: tuple (2, 3)
# expect: dict key soup
# expect: dict key pie
# expect: item soup 4
# expect: item pie 6
# expect: char h
# expect: char o
# expect: char t
# expect: enumerate 1 soup
# expect: enumerate 2 pie
# expect: zip a 10
# expect: zip b 20
# expect: generator 1
# expect: generator 9
# expect: found ham at 1
# expect: jam not found
# expect: else after an empty loop
