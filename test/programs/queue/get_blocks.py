# get() waits for an item; items arrive in the order they were put.
import queue
import threading
import time

q = queue.Queue()

def chef():
    for dish in ["starter", "main", "dessert"]:
        time.sleep(1)
        print("chef puts", dish)
        q.put(dish)

t = threading.Thread(target=chef)
t.start()
for _ in range(3):
    print("waiter got", q.get())
t.join()

# expect: chef puts starter
# expect: waiter got starter
# expect: chef puts main
# expect: waiter got main
# expect: chef puts dessert
# expect: waiter got dessert
