# Strings: concatenation, repetition, indexing, comparison, escapes, membership.
a = "soup"
b = 'pie'
print(a + " & " + b, a * 2, b * 0 == "", -1 * "x" == "")
print(a[0], a[-1], a[1:3], len(a), a[::-1], a[10:], a[-100:2])
print("s" in a, "sou" in a, "" in a, "x" not in a)
print("apple" < "banana", "Zebra" < "apple", "a" < "ab", "abc" == "abc", "10" < "9")
print("tab:\tend", "quote: \"hi\"", 'it\'s', "back\\slash")
print("line1\nline2")
print(len("\n"), len("é"), "\u00e9", "caf\xe9", r"raw\n")
print("multi"
      "part", """triple
quoted""")
print(str(42) + "!", "x" + str(1.5) + str(None) + str(True))
print("".join(["a", "b"]), "a" "b", ord("A"), chr(97))

# expect: soup & pie soupsoup True True
# expect: s p ou 4 puos  so
# expect: True True True True
# expect: True True True True True
# expect: tab:	end quote: "hi" it's back\slash
# expect: line1
# expect: line2
# expect: 1 1 é café raw\n
# expect: multipart triple
# expect: quoted
# expect: 42! x1.5NoneTrue
# expect: ab ab 65 a
