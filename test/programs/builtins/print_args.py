# print: several arguments, sep, end, flush, no arguments, and objects' str().
print("soup", 4, 4.5, None, True, [1, "a"], ("t",), {"k": "v"})
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline;", end=" ")
print("same line")
print("x", end="")
print()
print()
print("flushed", flush=True)
print(*range(5), sep=",")
print(*[], sep="never")
print("tab\tand\nnewline")
print("a", "b", sep=None, end=None)
print(sep="-", end="!\n")

# expect: soup 4 4.5 None True [1, 'a'] ('t',) {'k': 'v'}
# expect: abc
# expect: a | b | c
# expect: no newline; same line
# expect: x
# expect:
# expect: flushed
# expect: 0,1,2,3,4
# expect:
# expect: tab	and
# expect: newline
# expect: a b
# expect: !
