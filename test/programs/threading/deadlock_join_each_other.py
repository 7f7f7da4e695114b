# Two threads that each join the other.
import threading

both_started = threading.Barrier(2)

def wait_for(name):
    both_started.wait()
    threads[name].join()

threads = {}
threads["a"] = threading.Thread(target=wait_for, args=("b",))
threads["b"] = threading.Thread(target=wait_for, args=("a",))
threads["a"].start()
threads["b"].start()
print("a and b wait for each other")
threads["a"].join()
# expect: a and b wait for each other
# expect stderr: KitchenError: deadlock (exit code 3)
# expect exit: 3
