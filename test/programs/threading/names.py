# Thread names: "Thread-N (target)" by default, counted only for unnamed threads.
import threading

def chop():
    pass

class Cook(threading.Thread):
    pass

a = threading.Thread(target=chop)
b = threading.Thread(target=chop, name="prep")
c = threading.Thread(target=lambda: None)
d = Cook()
e = threading.Thread()
f = threading.Thread(target=chop, name="")
print(a.name, "|", b.name, "|", c.name, "|", d.name, "|", e.name, "|", f.name)
a.name = "renamed"
print(a.name)
for t in (a, b, c, d, e):
    t.start()
    t.join()
print(threading.current_thread().name, threading.main_thread().name)

# expect: Thread-1 (chop) | prep | Thread-2 (<lambda>) | Thread-3 | Thread-4 | Thread-5 (chop)
# expect: renamed
# expect: MainThread MainThread
