# wait(timeout) returns False when nobody notifies; wait_for returns the predicate's value.
import threading

cond = threading.Condition()
with cond:
    print("wait:", cond.wait(timeout=0.01))
    print("wait_for, never true:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for, already true:", cond.wait_for(lambda: "ready"))
    print("wait_for returns the value:", cond.wait_for(lambda: 0, timeout=0))
items = []

def add():
    with cond:
        items.append("pie")
        cond.notify()

with cond:
    threading.Thread(target=add).start()
    print("notified in time:", cond.wait_for(lambda: items, timeout=5))

# expect: wait: False
# expect: wait_for, never true: False
# expect: wait_for, already true: ready
# expect: wait_for returns the value: 0
# expect: notified in time: ['pie']
