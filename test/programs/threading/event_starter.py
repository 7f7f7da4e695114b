import threading
import time
go = threading.Event()
results = []
def runner(n):
    go.wait()
    results.append(n)
runners = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for r in runners:
    r.start()
time.sleep(0.5)
print("before the pistol:", results)
go.set()
for r in runners:
    r.join()
print("after:", sorted(results), go.is_set())
print(go.wait(0.1), threading.Event().wait(0.2))

# expect: before the pistol: []
# expect: after: [0, 1, 2, 3] True
# expect: True False
