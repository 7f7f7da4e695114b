import threading
def worker():
    raise ValueError("the oven broke")
t = threading.Thread(target=worker)
t.start()
t.join()
print("the kitchen goes on")

# expect: the kitchen goes on
# expect stderr: ValueError: the oven broke
