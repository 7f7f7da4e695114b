# Common str methods, part 1: split, join, strip, replace, case, starts/ends, find.
s = "  Soup of the Day  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "".split(), "k=v=w".split("=", 1))
print("one\ntwo\n".splitlines(), "a-b-c".rsplit("-", 1), repr("".join([])), ", ".join(["soup", "pie"]))
print("soup".replace("o", "0"), "aaa".replace("a", "b", 2), "Soup".upper(), "Soup".lower(), "soUP".swapcase())
print("soup".startswith("so"), "soup".startswith(("x", "s")), "soup".endswith("up"), "soup".endswith("o", 0, 2))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".rfind("an"), "banana".index("n"))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "soup of the day".title(), "soup".capitalize())
try:
    "banana".index("x")
except ValueError as e:
    print(e)

# expect: 'Soup of the Day' 'Soup of the Day  ' '  Soup of the Day' 'hi'
# expect: ['a', 'b', 'c'] ['a', 'b', '', 'c'] ['a', 'b c'] [] ['k', 'v=w']
# expect: ['one', 'two'] ['a-b', 'c'] '' soup, pie
# expect: s0up bba SOUP soup SOup
# expect: True True True True
# expect: 1 3 -1 3 2
# expect: 3 2 7 Soup Of The Day Soup
# expect: substring not found
