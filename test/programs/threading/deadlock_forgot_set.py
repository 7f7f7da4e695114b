# Nobody sets the Event: the runner waits forever, and so does main's join().
import threading

go = threading.Event()

def runner():
    print("runner: on your marks")
    go.wait()
    print("runner: off!")

t = threading.Thread(target=runner)
t.start()
t.join()
# expect: runner: on your marks
# expect stderr: KitchenError: deadlock (exit code 3)
# expect exit: 3
