# A Barrier whose wait times out breaks; waiting on a broken barrier raises at once.
import threading
b = threading.Barrier(2)
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("timed out alone, broken:", b.broken)
b.wait()

# expect: timed out alone, broken: True
# expect stderr: threading.BrokenBarrierError
# expect exit: 1
