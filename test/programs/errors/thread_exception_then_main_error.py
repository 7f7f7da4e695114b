# A thread's exception and then main's own: the program's exit code is main's.
import threading

def worker():
    raise ValueError("bad order")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main goes on")
raise KeyError("missing dish")

# expect: main goes on
# expect stderr: KeyError: 'missing dish'
# expect exit: 1
