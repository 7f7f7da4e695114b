# Start and join 8 threads that do nothing, again and again.
import threading

ROUNDS = 100


def noop():
    pass


for _ in range(ROUNDS):
    ts = [threading.Thread(target=noop) for _ in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("threads", ROUNDS * 8)
