# stop.wait(interval) as an interruptible sleep: a worker told to stop before its
# first beat stops at once.
import threading

stop = threading.Event()
log = []

def heartbeat():
    while not stop.wait(timeout=0.5):
        log.append("beat")
    log.append("stopped")

t = threading.Thread(target=heartbeat)
t.start()
stop.set()
t.join()
print(log)

# expect: ['stopped']
