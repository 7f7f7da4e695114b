# A worker that joins itself gets the same error, in its own thread.
import threading

def worker():
    threading.current_thread().join()

t = threading.Thread(target=worker)
t.start()
t.join()
print("main is fine")

# expect: main is fine
# expect stderr: RuntimeError: cannot join current thread
