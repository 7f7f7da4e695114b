import threading
count = 0
lock = threading.Lock()
def add_one(x):
    return x + 1
def work():
    global count
    for _ in range(20000):
        with lock:
            count = add_one(count)
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)

# expect: 80000
