# A thread cannot join itself.
import threading
threading.current_thread().join()

# expect stderr: RuntimeError: cannot join current thread
# expect exit: 1
