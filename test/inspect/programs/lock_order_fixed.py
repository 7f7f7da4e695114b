# Both cooks take the oven first, then the stove: no cycle can form.
# inspect: certified
import threading

oven = threading.Lock()
stove = threading.Lock()

def roast():
    with oven:
        with stove:
            print("roast done")

def sauce():
    with oven:
        with stove:
            print("sauce done")

a = threading.Thread(target=roast)
b = threading.Thread(target=sauce)
a.start()
b.start()
a.join()
b.join()
