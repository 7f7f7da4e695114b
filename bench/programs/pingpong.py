# Condition ping-pong between two threads: each round trip is two hand-offs.
import threading
import time

ROUNDS = 20000
cond = threading.Condition()
turn = 0


def player(me):
    global turn
    for _ in range(ROUNDS):
        with cond:
            while turn != me:
                cond.wait()
            turn = 1 - me
            cond.notify()


start = time.perf_counter()
players = [threading.Thread(target=player, args=(i,)) for i in (0, 1)]
for p in players:
    p.start()
for p in players:
    p.join()
print("round trips", ROUNDS)
