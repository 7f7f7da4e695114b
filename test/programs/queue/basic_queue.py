import queue
import threading
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.get(), q.get_nowait())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
try:
    queue.Queue().get(timeout=0.1)
except queue.Empty:
    print("empty after timeout")
bq = queue.Queue(maxsize=1)
bq.put("x")
try:
    bq.put("y", block=False)
except queue.Full:
    print("full", bq.full())
work = queue.Queue()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        print("did", item)
        work.task_done()
t = threading.Thread(target=worker)
t.start()
for job in ["chop", "boil"]:
    work.put(job)
work.put(None)
work.join()
t.join()
print("all work done")

# expect: 3 False 0 1
# expect: [2, 1, 0]
# expect: empty after timeout
# expect: full True
# expect: did chop
# expect: did boil
# expect: all work done
