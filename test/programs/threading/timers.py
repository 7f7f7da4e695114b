# Timer runs a function after a delay unless cancelled first.
import threading
import time

log = []
bell = threading.Timer(1, log.append, args=["bell rang"])
alarm = threading.Timer(1, log.append, args=["alarm rang"])
bell.start()
alarm.start()
alarm.cancel()
time.sleep(0.5)
log.append("half a second")
bell.join()
alarm.join()
log.append("both timers done")
print(log)
late = threading.Timer(0.5, lambda: log.append("never"))
late.cancel()
late.start()
late.join()
print(log[-1], isinstance(bell, threading.Thread))

# expect: ['half a second', 'bell rang', 'both timers done']
# expect: both timers done True
