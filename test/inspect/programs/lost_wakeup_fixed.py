# The bell comes with a flag: the runner waits only while no dish is ready.
# inspect: certified
import threading

bell = threading.Condition()
dish_ready = False

def runner():
    with bell:
        while not dish_ready:
            bell.wait()
    print("picked up the dish")

def cook():
    global dish_ready
    with bell:
        dish_ready = True
        bell.notify()

r = threading.Thread(target=runner)
c = threading.Thread(target=cook)
r.start()
c.start()
r.join()
c.join()
