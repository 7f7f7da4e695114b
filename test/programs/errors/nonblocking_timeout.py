# A timeout makes no sense for a non-blocking acquire.
import threading
lock = threading.Lock()
lock.acquire(blocking=False, timeout=1)

# expect stderr: ValueError: can't specify a timeout for a non-blocking call
# expect exit: 1
