import sys
print("to stdout")
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
class Log:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
log = Log()
print("kept", 1, file=log)
print(log.lines, sys.maxsize, sys.argv[0] == "program.py" or True)
sys.exit(5)

# expect: to stdout
# expect: written
# expect: ['kept 1\n'] 9223372036854775807 True
# expect stderr: to stderr
# expect exit: 5
