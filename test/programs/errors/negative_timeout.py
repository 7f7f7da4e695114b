# A Lock timeout must be positive (or -1, meaning no limit).
import threading
lock = threading.Lock()
print(lock.acquire(timeout=-1))
lock.release()
lock.acquire(timeout=-5)

# expect: True
# expect stderr: ValueError: timeout value must be positive
# expect exit: 1
