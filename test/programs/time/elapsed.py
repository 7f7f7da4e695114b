# monotonic, perf_counter and time advance by at least the time slept (only differences are compared).
import time

t0, p0, w0 = time.monotonic(), time.perf_counter(), time.time()
time.sleep(2)
t1, p1, w1 = time.monotonic(), time.perf_counter(), time.time()
print(t1 - t0 >= 2, p1 - p0 >= 2, w1 - w0 >= 1.9)
print(t1 - t0 < 10, isinstance(t0, float), w0 > 1_600_000_000)
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.sleep(0) is None)

# expect: True True True
# expect: True True True
# expect: True True
