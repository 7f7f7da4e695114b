# The barrier counts all three courses.
# inspect: certified
import threading

plated = []
all_plated = threading.Barrier(3)
guard = threading.Lock()

def plate(course):
    with guard:
        plated.append(course)
    all_plated.wait()
    with guard:
        assert len(plated) == 3, f"served with only {plated} plated"

courses = [threading.Thread(target=plate, args=(c,)) for c in ["starter", "main", "dessert"]]
for c in courses:
    c.start()
for c in courses:
    c.join()
