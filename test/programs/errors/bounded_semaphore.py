# A BoundedSemaphore released more often than acquired.
import threading
burners = threading.BoundedSemaphore(2)
burners.acquire()
burners.release()
print("balanced")
burners.release()

# expect: balanced
# expect stderr: ValueError: Semaphore released too many times
# expect exit: 1
