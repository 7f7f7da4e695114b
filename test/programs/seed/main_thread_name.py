import threading

print(threading.current_thread().name)
# Output: MainThread

# expect: MainThread
