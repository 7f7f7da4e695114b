"""The kitchen's sys module: the standard streams, exit, and the few
constants kitchen programs read."""

import _kitchen


class _Stream:
    """A text stream that writes to the kitchen's stdout or stderr."""

    def __init__(self, name, to_stderr):
        self.name = name
        self._to_stderr = to_stderr

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        _kitchen.write(text, self._to_stderr)
        return len(text)

    def flush(self):
        pass

    def __repr__(self):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name


stdout = _Stream("<stdout>", False)
stderr = _Stream("<stderr>", True)
argv = ["program.py"]
maxsize = 9223372036854775807
version_info = (3, 11, 7, "final", 0)
platform = "kitchen"


def exit(status=None):
    raise SystemExit(status)


def getswitchinterval():
    return 0.005


def setswitchinterval(interval):
    pass


def getrecursionlimit():
    return 1000
