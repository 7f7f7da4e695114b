# A SimpleQueue: put, get, empty, qsize; no maxsize, no task_done.
import queue

q = queue.SimpleQueue()
q.put("a")
q.put("b")
print(q.qsize(), q.empty(), q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")

# expect: 2 False a b True
# expect: Empty
