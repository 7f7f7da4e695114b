import threading
lock = threading.Lock()
lock.release()

# expect stderr: RuntimeError: release unlocked lock
# expect exit: 1
