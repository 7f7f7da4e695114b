# A module has no such function (CPython 3.11 suggests a close name).
import threading
threading.Lok()

# expect stderr: AttributeError: module 'threading' has no attribute 'Lok'. Did you mean: 'Lock'?
# expect exit: 1
