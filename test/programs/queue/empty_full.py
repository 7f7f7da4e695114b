# Non-blocking and timed get/put raise queue.Empty and queue.Full; qsize, empty, full.
import queue

q = queue.Queue(maxsize=2)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
q.put("soup")
q.put_nowait("pie")
print(q.qsize(), q.empty(), q.full())
try:
    q.put("tea", block=False)
except queue.Full:
    print("Full (non-blocking)")
try:
    q.put("tea", timeout=0.01)
except queue.Full:
    print("Full (after a timeout)")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty (non-blocking)")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty (after a timeout)", repr(e))
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize)

# expect: 0 True False 2
# expect: 2 False True
# expect: Full (non-blocking)
# expect: Full (after a timeout)
# expect: soup pie
# expect: Empty (non-blocking)
# expect: Empty (after a timeout) Empty()
# expect: True 0
