import threading
import time
def task():
    time.sleep(0.5)
t = threading.Thread(target=task)
print(t.name, t.is_alive(), t.ident is None, t.daemon)
t.start()
print(t.is_alive(), threading.active_count(), threading.current_thread().name)
t.join(0.1)
print("after join(0.1):", t.is_alive())
t.join()
print("after join():", t.is_alive(), threading.active_count())
named = threading.Thread(target=task, name="oven")
print(named.name, threading.main_thread().name, repr(threading.Thread(target=task, name="x"))[:12])
class Baker(threading.Thread):
    def __init__(self, item):
        super().__init__()
        self.item = item
    def run(self):
        print("baking", self.item, self.name)
b = Baker("bread")
b.start()
b.join()

# expect: Thread-1 (task) False True False
# expect: True 2 MainThread
# expect: after join(0.1): True
# expect: after join(): False 1
# expect: oven MainThread <Thread(x, i
# expect: baking bread Thread-2
