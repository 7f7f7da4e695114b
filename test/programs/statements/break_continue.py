# break and continue in nested loops affect only the innermost loop.
for table in range(1, 4):
    for seat in range(1, 4):
        if seat == 2:
            continue
        if table == 2:
            break
        print("serve table", table, "seat", seat)
    print("done with table", table)

found = None
for row in [[1, 3], [5, 8, 9], [10]]:
    for x in row:
        if x % 2 == 0:
            found = x
            break
    if found is not None:
        break
print("first even:", found)

total = 0
for n in range(20):
    if n % 3:
        continue
    total += n
print(total)

# expect: serve table 1 seat 1
# expect: serve table 1 seat 3
# expect: done with table 1
# expect: done with table 2
# expect: serve table 3 seat 1
# expect: serve table 3 seat 3
# expect: done with table 3
# expect: first even: 8
# expect: 63
