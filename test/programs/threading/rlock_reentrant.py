# RLock: the owning thread may acquire again; it must release as often.
import threading

lock = threading.RLock()

def restock(n):
    with lock:
        if n > 0:
            return 1 + restock(n - 1)
        return 0

print(restock(5))
lock.acquire()
lock.acquire()
lock.release()
blocked = []

def other():
    blocked.append(lock.acquire(timeout=0.01))

t = threading.Thread(target=other)
t.start()
t.join()
print("held once more, another thread gets it:", blocked)
lock.release()
t = threading.Thread(target=other)
t.start()
t.join()
print("released fully:", blocked)

# expect: 5
# expect: held once more, another thread gets it: [False]
# expect: released fully: [False, True]
