# current_thread() is the running thread's Thread object; main_thread() is MainThread.
import threading

seen = {}

def worker():
    me = threading.current_thread()
    seen["worker is me"] = me is t
    seen["worker is main"] = me is threading.main_thread()
    seen["ident matches"] = threading.get_ident() == me.ident
    seen["name"] = me.name

t = threading.Thread(target=worker, name="runner")
t.start()
t.join()
print(sorted(seen.items()))
main = threading.current_thread()
print(main is threading.main_thread(), main.name, main.is_alive(), main.daemon)
print(threading.get_ident() == main.ident, isinstance(main.ident, int), t.ident != main.ident)

# expect: [('ident matches', True), ('name', 'runner'), ('worker is main', False), ('worker is me', True)]
# expect: True MainThread True False
# expect: True True True
