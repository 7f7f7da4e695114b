import threading
import time
def ring():
    print("ding")
t = threading.Timer(0.5, ring)
t.start()
c = threading.Timer(0.5, ring)
c.start()
c.cancel()
t.join()
c.join()
def forever():
    while True:
        time.sleep(1)
d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon", d.daemon, "main exits")

# expect: ding
# expect: daemon True main exits
