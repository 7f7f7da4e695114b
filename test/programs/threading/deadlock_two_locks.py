import threading
import time
knife = threading.Lock()
board = threading.Lock()
def chef_a():
    with knife:
        time.sleep(0.1)
        with board:
            print("a cooks")
def chef_b():
    with board:
        time.sleep(0.1)
        with knife:
            print("b cooks")
a = threading.Thread(target=chef_a)
b = threading.Thread(target=chef_b)
a.start(); b.start()
a.join(); b.join()
# expect stderr: KitchenError: deadlock (exit code 3)
# expect exit: 3
