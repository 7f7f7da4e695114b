import threading

def background_task():
    print("Running in background:", threading.current_thread().name)

thread = threading.Thread(target=background_task)
thread.start()
thread.join()

# expect: Running in background: Thread-1 (background_task)
