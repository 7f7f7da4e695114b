# Three courses must be plated together, but the barrier counts two.
# inspect: refuted assertion 0
import threading

plated = []
all_plated = threading.Barrier(2)
guard = threading.Lock()

def plate(course):
    with guard:
        plated.append(course)
    all_plated.wait(timeout=0.5)
    with guard:
        assert len(plated) == 3, f"served with only {plated} plated"

courses = [threading.Thread(target=plate, args=(c,)) for c in ["starter", "main", "dessert"]]
for c in courses:
    c.start()
for c in courses:
    c.join()
