import threading
import time
buffer = []
cond = threading.Condition()
done = False
def producer():
    global done
    for i in range(5):
        time.sleep(0.1)
        with cond:
            buffer.append(i)
            cond.notify()
    with cond:
        done = True
        cond.notify_all()
def consumer(out):
    while True:
        with cond:
            while not buffer and not done:
                cond.wait()
            if not buffer and done:
                return
            out.append(buffer.pop(0))
got = []
threads = [threading.Thread(target=producer), threading.Thread(target=consumer, args=(got,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)

# expect: [0, 1, 2, 3, 4]
