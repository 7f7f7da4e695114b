# sleep takes a non-negative number.
import time

time.sleep(0)
time.sleep(0.5)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
time.sleep(-1)

# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect stderr: ValueError: sleep length must be non-negative
# expect exit: 1
