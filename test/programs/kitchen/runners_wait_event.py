# Runners wait for the head chef's signal before serving.
import kitchen
import threading

service = threading.Event()

def runner(dish):
    service.wait()
    kitchen.serve(dish)

runners = [threading.Thread(target=runner, args=(d,)) for d in ["soup", "pie"]]
for r in runners:
    r.start()
kitchen.plate("soup")
kitchen.plate("pie")
print("before the signal:", kitchen.served())
service.set()
for r in runners:
    r.join()
print("after:", sorted(kitchen.served()))

# expect: before the signal: []
# expect: after: ['pie', 'soup']
