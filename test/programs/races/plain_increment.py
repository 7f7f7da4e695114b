import threading
count = 0
def work():
    global count
    for _ in range(30000):
        count += 1
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)

# expect: 120000
