# Queue.join() waits until every item put has been marked done with task_done().
import queue
import threading
import time

tickets = queue.Queue()
done = []

def cook():
    while True:
        dish = tickets.get()
        time.sleep(0.5)
        done.append(dish)
        tickets.task_done()

threading.Thread(target=cook, daemon=True).start()
for dish in ["soup", "pie", "tea"]:
    tickets.put(dish)
tickets.join()
print("all tickets done:", done, tickets.unfinished_tasks)
try:
    tickets.task_done()
except ValueError as e:
    print(e)

# expect: all tickets done: ['soup', 'pie', 'tea'] 0
# expect: task_done() called too many times
