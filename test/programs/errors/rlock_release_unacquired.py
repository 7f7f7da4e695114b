# RLock.release() by a thread that does not hold it.
import threading
lock = threading.RLock()
lock.acquire()
lock.release()
print("released once")
lock.release()

# expect: released once
# expect stderr: RuntimeError: cannot release un-acquired lock
# expect exit: 1
