"""Times a program inside python3 (no interpreter start-up in the figure):
compiles it once, runs it `runs` times, prints the best wall time in
seconds on stderr. The first run's output goes to stdout as usual.

    python3 bench/cpython_time.py program.py [runs] [best|median] [may-fail]

With `may-fail` (a program the inspector refutes: its bug may show under
python3 too) a run that raises still counts, timed up to where it failed.
"""
import io
import sys
import time

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
pick = sys.argv[3] if len(sys.argv) > 3 else "best"
may_fail = len(sys.argv) > 4 and sys.argv[4] == "may-fail"
code = compile(open(path, encoding="utf-8").read(), path, "exec")
times = []
real_stdout = sys.stdout
for i in range(runs):
    if i > 0:
        sys.stdout = io.StringIO()
    start = time.perf_counter()
    try:
        exec(code, {"__name__": "__main__"})
    except Exception:
        if not may_fail:
            raise
    times.append(time.perf_counter() - start)
    sys.stdout = real_stdout
times.sort()
print(times[0] if pick == "best" else times[len(times) // 2], file=sys.stderr)
