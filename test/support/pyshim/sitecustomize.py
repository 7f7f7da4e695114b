# Loaded by python3 when the corpus runner puts this folder on PYTHONPATH:
# scales time.sleep by KITCHEN_SLEEP_SCALE so that programs written for
# kitchen time run fast under CPython, keeping the order of their sleeps.
import os
import time

_scale = float(os.environ.get("KITCHEN_SLEEP_SCALE", "1"))
if _scale != 1:
    _sleep = time.sleep

    def sleep(seconds):
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        _sleep(seconds * _scale)

    time.sleep = sleep

# As in a terminal: flush stdout at every newline, so that thread output
# interleaves line by line as a person running the program would see it.
if os.environ.get("KITCHEN_LINE_BUFFERED") == "1":
    import sys

    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)

# One write per print(): CPython may switch threads between a print's text
# and its newline, which splits lines in ways the kitchen (whose print is one
# step) never does; the corpus compares whole lines.
if os.environ.get("KITCHEN_ATOMIC_PRINT") == "1":
    import builtins
    import sys

    def _print(*args, sep=" ", end="\n", file=None, flush=False):
        out = sys.stdout if file is None else file
        out.write((" " if sep is None else sep).join(map(str, args)) + ("\n" if end is None else end))
        if flush:
            out.flush()

    builtins.print = _print
