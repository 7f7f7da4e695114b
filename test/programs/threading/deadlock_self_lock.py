# A plain Lock is not re-entrant: acquiring it twice in one thread waits forever.
import threading

lock = threading.Lock()

def restock(n):
    with lock:
        print("restocking", n)
        if n > 0:
            restock(n - 1)

restock(1)
# expect: restocking 1
# expect stderr: KitchenError: deadlock (exit code 3)
# expect exit: 3
