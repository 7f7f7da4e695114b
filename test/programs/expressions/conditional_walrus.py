# Conditional expressions and the walrus operator.
for n in [0, 7, 12]:
    size = "none" if n == 0 else "small" if n < 10 else "large"
    print(n, size)
print("yes" if [] else "no", [1, 2][0 if True else 1])
orders = ["soup", "pie", "", "stew"]
if (count := len(orders)) > 3:
    print("busy:", count)
print([y for x in orders if (y := x.upper())])
data = [5, 3, 8]
while (item := data.pop()) != 3:
    print("took", item)
print(data, item)
print((total := 10) + total, total)

# expect: 0 none
# expect: 7 small
# expect: 12 large
# expect: no 1
# expect: busy: 4
# expect: ['SOUP', 'PIE', 'STEW']
# expect: took 8
# expect: [5] 3
# expect: 20 10
