# Two cooks need the oven and the stove, and take them in opposite orders.
# inspect: refuted deadlock 1
import threading

oven = threading.Lock()
stove = threading.Lock()

def roast():
    with oven:
        with stove:
            print("roast done")

def sauce():
    with stove:
        with oven:
            print("sauce done")

a = threading.Thread(target=roast)
b = threading.Thread(target=sauce)
a.start()
b.start()
a.join()
b.join()
