# shuffle keeps the elements; sample picks distinct ones; choice picks a member.
import random

deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
menu = ["soup", "pie", "tea", "stew"]
print(random.choice(menu) in menu, random.choice("abc") in "abc")
picked = random.sample(menu, 3)
print(len(picked), len(set(picked)), all(p in menu for p in picked))
print(sorted(random.sample(range(5), 5)) == [0, 1, 2, 3, 4])
print(random.shuffle([]) is None, random.choice([42]))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)

# expect: True 20
# expect: True True
# expect: 3 3 True
# expect: True
# expect: True 42
# expect: IndexError: Cannot choose from an empty sequence
