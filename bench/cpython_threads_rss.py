"""Resident size of python3 with N idle threads (waiting on an Event), then
with N + M: prints 'rss_n per_added' in bytes."""
import sys
import threading


def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


n, m = int(sys.argv[1]), int(sys.argv[2])
ev = threading.Event()
ts = [threading.Thread(target=ev.wait) for _ in range(n)]
for t in ts:
    t.start()
a = rss()
more = [threading.Thread(target=ev.wait) for _ in range(m)]
for t in more:
    t.start()
b = rss()
ev.set()
print(a, (b - a) / m)
