"""Writes a corpus program's expectations from what python3 does.

  python3 test/support/expect.py test/programs/feature/name.py [...]

Runs each program as program.py (sleeps scaled, line-buffered, the kitchen
module on the path) and rewrites its trailing '# expect...' comments.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(path):
    source = open(path, encoding="utf-8").read()
    body = "\n".join(l for l in source.split("\n") if not l.startswith("# expect")).rstrip("\n") + "\n"
    flags = []
    scale = "1"
    for line in source.split("\n"):
        if line.startswith("# cpython-flags:"):
            flags = line.split(":", 1)[1].split()
        if line.startswith("# cpython-sleep-scale:"):
            scale = line.split(":", 1)[1].strip()
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "program.py"), "w", encoding="utf-8") as f:
            f.write(body)
        env = dict(os.environ)
        env.update(PYTHONPATH=os.path.join(HERE, "pyshim") + ":" + os.path.join(ROOT, "electron", "engine", "lib", "cpython"),
                   PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0", KITCHEN_SLEEP_SCALE=scale, KITCHEN_LINE_BUFFERED="1", KITCHEN_ATOMIC_PRINT="1")
        try:
            r = subprocess.run([sys.executable, *flags, "program.py"], cwd=d, env=env, capture_output=True, text=True, timeout=20)
        except subprocess.TimeoutExpired:
            return body, None
    lines = [f"# expect: {l}".rstrip() if l else "# expect:" for l in r.stdout.split("\n")[:-1]] if r.stdout else []
    err = [l for l in r.stderr.split("\n") if l.strip()]
    if err:
        lines.append(f"# expect stderr: {err[-1]}")
    if r.returncode:
        lines.append(f"# expect exit: {r.returncode}")
    return body, lines


for path in sys.argv[1:]:
    body, lines = run(path)
    if lines is None:
        print(f"{path}: python3 did not finish (a deadlock?): left as it is")
        continue
    with open(path, "w", encoding="utf-8") as f:
        f.write(body + ("\n" + "\n".join(lines) + "\n" if lines else ""))
    print(f"{path}: {len(lines)} expectation lines")
