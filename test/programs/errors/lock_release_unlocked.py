# Lock.release() on an unlocked Lock (any thread may release a held Lock, though).
import threading
lock = threading.Lock()
lock.acquire()
def helper():
    lock.release()
t = threading.Thread(target=helper)
t.start()
t.join()
print("released by another thread:", not lock.locked())
lock.release()

# expect: released by another thread: True
# expect stderr: RuntimeError: release unlocked lock
# expect exit: 1
