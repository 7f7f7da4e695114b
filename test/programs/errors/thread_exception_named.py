# An exception in a named thread is reported with its name; the other threads go on.
import threading

def burn():
    raise RuntimeError("the toast is on fire")

def cook():
    print("cooking")

t = threading.Thread(target=burn, name="toaster")
t.start()
t.join()
u = threading.Thread(target=cook)
u.start()
u.join()
print("still open, toaster alive:", t.is_alive())

# expect: cooking
# expect: still open, toaster alive: False
# expect stderr: RuntimeError: the toast is on fire
