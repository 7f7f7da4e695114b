# test_threading: start twice, joins, daemon, names, args, many joiners, timeouts.
import threading
import time

t = threading.Thread(target=lambda: None)
for call in [t.join, threading.current_thread().join]:
    try:
        call()
    except RuntimeError as e:
        print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    t.daemon = True
except RuntimeError as e:
    print(e)
t.join()
print(threading.Thread(name="myname1").name, threading.Thread(name=123).name)
def func():
    pass
named = threading.Thread(target=func)
print(named.name.endswith("(func)"), named.name.startswith("Thread-"))
got = []
threading.Thread(target=lambda *a: got.append(a), args=[1, 2]).start()
time.sleep(0.01)
print(got)

lock = threading.Lock()
lock.acquire()
worker = threading.Thread(target=lambda: (lock.acquire(), lock.release()))
worker.start()
worker.join(0.05)
print("alive after join(0.05):", worker.is_alive())
lock.release()
worker.join()
print("alive after release:", worker.is_alive(), worker not in threading.enumerate())

ev = threading.Event()
target = threading.Thread(target=ev.wait)
target.start()
joined = []
joiners = [threading.Thread(target=lambda: (target.join(), joined.append(1))) for _ in range(10)]
for j in joiners:
    j.start()
ev.set()
for j in joiners:
    j.join()
print("joiners:", len(joined))
d = threading.Thread(target=func, daemon=True)
print(d.daemon, "daemon" in repr(d))
print(threading.active_count(), len(threading.enumerate()))

# expect: cannot join thread before it is started
# expect: cannot join current thread
# expect: threads can only be started once
# expect: cannot set daemon status of active thread
# expect: myname1 123
# expect: True True
# expect: [(1, 2)]
# expect: alive after join(0.05): True
# expect: alive after release: False True
# expect: joiners: 10
# expect: True True
# expect: 1 1
