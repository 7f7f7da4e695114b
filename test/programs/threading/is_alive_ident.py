# ident and is_alive() before start, while running, and after join (idents are only compared).
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
print("before start:", t.ident, t.is_alive())
t.start()
u = threading.Thread(target=go.wait)
u.start()
print("running:", isinstance(t.ident, int), t.is_alive(), t.ident != u.ident)
go.set()
t.join()
u.join()
print("after join:", isinstance(t.ident, int), t.is_alive())

# expect: before start: None False
# expect: running: True True True
# expect: after join: True False
