import threading
import time

def download_file(name, seconds):
    print(f"{name} started")
    time.sleep(seconds)
    print(f"{name} finished")

t1 = threading.Thread(target=download_file, args=("File1", 3))
t2 = threading.Thread(target=download_file, args=("File2", 2))
t3 = threading.Thread(target=download_file, args=("File3", 1))

t1.start()
t2.start()
t3.start()

# Wait for all threads to finish
t1.join()
t2.join()
t3.join()

print("All downloads completed.")

# cpython-sleep-scale: 0.05
# nondeterministic: after start() CPython 3.11 may run the new thread's print or the main thread's next start() first, so the three 'started' lines come in any order (seen: File2 before File1); the sleeps order the rest

# expect: File1 started
# expect: File2 started
# expect: File3 started
# expect: File3 finished
# expect: File2 finished
# expect: File1 finished
# expect: All downloads completed.
