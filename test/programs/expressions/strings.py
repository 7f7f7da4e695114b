s = "Kitchen Sync"
print(s.upper(), s.lower(), s.split(), s[0], s[-1], s[1:4], s[::-1], len(s))
print("a,b,,c".split(","), "  pad  ".strip(), "-".join(["x", "y", "z"]))
print(s.replace("Sync", "Async"), s.startswith("Kit"), s.endswith("x"), s.find("Sync"), s.count("c"))
print("{} and {}".format("eggs", "ham"), "{1}{0}".format("a", "b"), "{name}!".format(name="chef"))
print(f"{3.14159:.2f}|{42:>6}|{42:<6}|{42:^6}|{1234567:,}|{'x'!r}|{7:03d}|{0.25:.0%}")
w = 8
print(f"[{'mid':^{w}}]", f"{w=}", f"{'a' + 'b'}")
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%5s|%-5s|" % ("r", "l"))
print(repr("it's"), repr('say "hi"'), repr("tab\t"), str(None), "x" * 3, "ab" < "b")
print("chef" in s.lower(), ",".join(sorted(set("banana"))), "Title Case".title(), "z".zfill(3))

# expect: KITCHEN SYNC kitchen sync ['Kitchen', 'Sync'] K c itc cnyS nehctiK 12
# expect: ['a', 'b', '', 'c'] pad x-y-z
# expect: Kitchen Async True False 8 2
# expect: eggs and ham ba chef!
# expect: 3.14|    42|42    |  42  |1,234,567|'x'|007|25%
# expect: [  mid   ] w=8 ab
# expect: cart has 3 items costing 9.50     r|l    |
# expect: "it's" 'say "hi"' 'tab\t' None xxx True
# expect: False a,b,n Title Case 00z
