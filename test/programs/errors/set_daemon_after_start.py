# Daemon status is fixed once a thread has started.
import threading
e = threading.Event()
t = threading.Thread(target=e.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as err:
    print(err)
e.set()
t.join()
t.daemon = True

# expect: cannot set daemon status of active thread
# expect stderr: RuntimeError: cannot set daemon status of active thread
# expect exit: 1
