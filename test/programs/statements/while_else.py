# while, while/else (else runs only when the loop was not broken).
n = 3
while n:
    print("tick", n)
    n -= 1
else:
    print("loop ended normally")

pot = 0
while pot < 100:
    pot += 30
    if pot == 60:
        print("broke out at", pot)
        break
else:
    print("never printed")

i = 0
while i < 0:
    print("never")
else:
    print("else of a loop that never ran")

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)

# expect: tick 3
# expect: tick 2
# expect: tick 1
# expect: loop ended normally
# expect: broke out at 60
# expect: else of a loop that never ran
# expect: even 2
# expect: even 4
# expect: even 6
