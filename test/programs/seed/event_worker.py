import threading
import time

event = threading.Event()

def worker():
    print("Worker waiting for event to be set...")
    event.wait()  # blocks here until event is set
    print("Event is set! Worker starts working.")

def controller():
    print("Controller sleeping for 3 seconds...")
    time.sleep(3)
    print("Controller sets the event.")
    event.set()  # all waiting threads are released

# Start threads
t1 = threading.Thread(target=worker)
t1.start()

t2 = threading.Thread(target=controller)
t2.start()

t1.join()
t2.join()

# cpython-sleep-scale: 0.05

# expect: Worker waiting for event to be set...
# expect: Controller sleeping for 3 seconds...
# expect: Controller sets the event.
# expect: Event is set! Worker starts working.
