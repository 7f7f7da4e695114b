# Condition.wait() without holding its lock.
import threading
ready = threading.Condition()
ready.wait()

# expect stderr: RuntimeError: cannot wait on un-acquired lock
# expect exit: 1
