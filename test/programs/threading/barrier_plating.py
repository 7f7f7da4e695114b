import threading
barrier = threading.Barrier(3)
order = []
lock = threading.Lock()
def plate(name):
    with lock:
        order.append("ready " + name)
    barrier.wait()
    with lock:
        order.append("serve " + name)
ts = [threading.Thread(target=plate, args=(n,)) for n in ("soup", "fish", "cake")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([o.split()[0] for o in order])

# expect: ['ready', 'ready', 'ready', 'serve', 'serve', 'serve']
