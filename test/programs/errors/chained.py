def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("bad order ticket")
parse("x")

# expect stderr: RuntimeError: bad order ticket
# expect exit: 1
