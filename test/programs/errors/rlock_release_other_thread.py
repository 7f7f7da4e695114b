# An RLock held by main cannot be released by another thread.
import threading
lock = threading.RLock()
lock.acquire()
def helper():
    lock.release()
t = threading.Thread(target=helper)
t.start()
t.join()
print("main still holds it")
lock.release()
print("main released it")

# expect: main still holds it
# expect: main released it
# expect stderr: RuntimeError: cannot release un-acquired lock
