# active_count() and enumerate() list the threads alive right now.
import threading

go = threading.Event()
workers = [threading.Thread(target=go.wait, name=f"cook-{i}") for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for w in workers:
    w.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(w in threading.enumerate() for w in workers))
go.set()
for w in workers:
    w.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# expect: 1 ['MainThread']
# expect: 4 ['MainThread', 'cook-0', 'cook-1', 'cook-2']
# expect: True
# expect: 1 ['MainThread']
