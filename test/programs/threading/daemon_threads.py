# Daemon threads: inherited from the creating thread, and they do not keep the program alive.
import threading

never = threading.Event()
flags = []

def spawner():
    child = threading.Thread(target=never.wait)
    flags.append(("child of a daemon", child.daemon))
    child.start()

plain = threading.Thread(target=print, args=("plain thread ran",))
print("default:", plain.daemon)
plain.start()
plain.join()
d = threading.Thread(target=spawner, daemon=True)
d.start()
d.join()
print(flags)
forever = threading.Thread(target=never.wait, daemon=True)
forever.start()
print("main ends; daemons still waiting:", forever.is_alive())

# expect: default: False
# expect: plain thread ran
# expect: [('child of a daemon', True)]
# expect: main ends; daemons still waiting: True
