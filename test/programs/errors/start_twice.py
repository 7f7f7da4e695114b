# A thread can be started only once.
import threading
t = threading.Thread(target=print, args=("cooking",))
t.start()
t.join()
t.start()

# expect: cooking
# expect stderr: RuntimeError: threads can only be started once
# expect exit: 1
