# Sleeping threads wake in the order of their wake-up times, whatever order they started in.
import threading
import time

def timer(name, seconds):
    time.sleep(seconds)
    print(name, "done after", seconds, "s")

threads = [threading.Thread(target=timer, args=(n, s)) for n, s in [("eggs", 3), ("toast", 1), ("tea", 2), ("jam", 0.5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("breakfast is ready")

# expect: jam done after 0.5 s
# expect: toast done after 1 s
# expect: tea done after 2 s
# expect: eggs done after 3 s
# expect: breakfast is ready
