# RLockTests: re-entry, release by a non-owner, ownership, recursion count.
import threading

r = threading.RLock()
r.acquire(); r.acquire(); r.release(); r.acquire(); r.release(); r.release()
for bad in [r.release]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
print(r._is_owned())
r.acquire()
print(r._is_owned(), r._recursion_count())
r.acquire()
print(r._recursion_count())
seen = []
t = threading.Thread(target=lambda: seen.append((r._is_owned(), r._recursion_count())))
t.start(); t.join()
print("other thread sees:", seen)
r.release(); r.release()
print(r._is_owned(), r._recursion_count())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError", e)

# a thread that holds it: main cannot release it
hold = threading.Event()
done = threading.Event()
def holder():
    r.acquire()
    hold.set()
    done.wait()
    r.release()
t = threading.Thread(target=holder)
t.start()
hold.wait()
try:
    r.release()
except RuntimeError as e:
    print("main:", e)
done.set()
t.join()

# expect: RuntimeError cannot release un-acquired lock
# expect: False
# expect: True 1
# expect: 2
# expect: other thread sees: [(False, 0)]
# expect: False 0
# expect: RuntimeError cannot release un-acquired lock
# expect: main: cannot release un-acquired lock
