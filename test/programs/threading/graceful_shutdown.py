# A stop Event for a graceful shutdown: workers finish their round and leave.
import threading
import time

stop = threading.Event()
lock = threading.Lock()
rounds = {}

def worker(name):
    n = 0
    while not stop.is_set():
        n += 1
        time.sleep(0.5)
    with lock:
        rounds[name] = n

workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
time.sleep(2.2)
print("asking the workers to stop")
stop.set()
for w in workers:
    w.join()
print(sorted(rounds), all(n >= 2 for n in rounds.values()))
print("alive:", [w.is_alive() for w in workers])

# expect: asking the workers to stop
# expect: ['w0', 'w1', 'w2'] True
# expect: alive: [False, False, False]
