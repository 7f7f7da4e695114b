# Joining a thread that was never started.
import threading
t = threading.Thread(target=print, args=("never",))
t.join()

# expect stderr: RuntimeError: cannot join thread before it is started
# expect exit: 1
