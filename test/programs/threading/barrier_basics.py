# Barrier: parties, the index each wait() returns, an action run once per round, reuse.
import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append("all here"))
indexes = []
lock = threading.Lock()

def guest():
    for _ in range(2):
        i = b.wait()
        with lock:
            indexes.append(i)

threads = [threading.Thread(target=guest) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(b.parties, b.n_waiting, b.broken, rounds)
print(sorted(indexes), sum(indexes))

# expect: 3 0 False ['all here', 'all here']
# expect: [0, 0, 1, 1, 2, 2] 6
