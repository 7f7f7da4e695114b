# import, import as, from-import (several names, as).
import threading
import time as clock
import queue, random
from threading import Lock, Event as Flag
from queue import Queue, Empty
import kitchen

print(type(threading.Lock()).__name__ == type(Lock()).__name__)
print(Flag().is_set(), clock.sleep(0) is None, isinstance(Queue(), queue.Queue))
try:
    Queue().get_nowait()
except Empty:
    print("Empty is queue.Empty:", Empty is queue.Empty)
print(callable(random.random), kitchen.chop("leek", 0))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
try:
    from threading import no_such_name
except ImportError as e:
    print(type(e).__name__)

# expect: True
# expect: False True True
# expect: Empty is queue.Empty: True
# expect: True leek
# expect: No module named 'no_such_module'
# expect: ImportError
