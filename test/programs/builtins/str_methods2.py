# Common str methods, part 2: format, padding, tests, partition, zfill.
print("{} costs {}".format("soup", 4), "{0}/{1}/{0}".format("a", "b"), "{dish:>6}|".format(dish="pie"))
print("{:.2f} {:,} {:>5} {!r}".format(3.14159, 1234567, "x", "q"))
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
print("42".isdigit(), "4.2".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace())
print("Soup".isupper(), "SOUP".isupper(), "soup".islower(), "Soup Day".istitle(), "x".isidentifier())
print("key=value".partition("="), "no-sep".partition("="), "a.b.c".rpartition("."))
print("7".zfill(3), "-7".zfill(4), "ab".zfill(1), "tab\there".expandtabs(4), "x" * 3)
print("soup" < "stew", "Soup" < "soup", "a" in "bad", "%s!" % "hi", "abc"[::-1])
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("İ".lower()))

# expect: soup costs 4 a/b/a    pie|
# expect: 3.14 1,234,567     x 'q'
# expect: [ab   ] [...ab] [**ab**] [ abc  ]
# expect: True False False True True True
# expect: False True True True True
# expect: ('key', '=', 'value') ('no-sep', '', '') ('a.b', '.', 'c')
# expect: 007 -007 ab tab here xxx
# expect: True True True hi! cba
# expect: SS ǆ True 2
