# join(timeout) returns None either way: is_alive() tells whether the thread finished.
import threading

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
result = t.join(timeout=0.01)
print("join returned", result, "- alive:", t.is_alive())
t.join(0)
print("join(0) - alive:", t.is_alive())
release.set()
t.join()
print("after the event - alive:", t.is_alive())
t.join(0.01)
print("joining a finished thread again is fine")

# expect: join returned None - alive: True
# expect: join(0) - alive: True
# expect: after the event - alive: False
# expect: joining a finished thread again is fine
