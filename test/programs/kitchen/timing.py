# Actions take kitchen time: a 2 s cook takes at least 2 s (compared, not printed).
import kitchen
import time

start = time.monotonic()
kitchen.cook("stew", 2)
kitchen.chop("herbs")            # 0.5 s by default
kitchen.plate("stew")            # 0.5 s by default
elapsed = time.monotonic() - start
print("took at least 3 s:", elapsed >= 3, "- less than 5 s:", elapsed < 5)

# expect: took at least 3 s: True - less than 5 s: True
