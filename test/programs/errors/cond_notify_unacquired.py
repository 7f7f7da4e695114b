# Condition.notify() without holding its lock.
import threading
ready = threading.Condition()
with ready:
    ready.notify()
print("notify inside `with` is fine")
ready.notify_all()

# expect: notify inside `with` is fine
# expect stderr: RuntimeError: cannot notify on un-acquired lock
# expect exit: 1
