# iter and next: consuming iterators by hand, a default at the end, StopIteration.
it = iter(["soup", "pie"])
print(next(it), next(it), next(it, "no more"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
d = iter({"a": 1, "b": 2})
print(list(d), list(d))
s = iter("hi")
print(next(s), list(s))
nums = iter(range(5))
first = next(nums)
print(first, sum(nums))
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, list(g), next(g, None))

# expect: soup pie no more
# expect: StopIteration
# expect: ['a', 'b'] []
# expect: h ['i']
# expect: 0 10
# expect: True [1, 2] None
