# A semaphore cannot start below zero.
import threading
threading.Semaphore(-1)

# expect stderr: ValueError: semaphore initial value must be >= 0
# expect exit: 1
