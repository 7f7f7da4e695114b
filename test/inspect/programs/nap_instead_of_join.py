# The head chef naps for longer than the dessert bakes instead of joining
# the assistant. With the times as written the dessert is always ready
# first; if baking takes a quarter longer and the nap a quarter less, it is not.
# inspect: certified
# inspect durations 0.25: refuted assertion 1
import threading
import time

ready = []

def bake():
    time.sleep(5)
    ready.append("dessert")

assistant = threading.Thread(target=bake)
assistant.start()
time.sleep(6)
assert ready == ["dessert"], "the dessert was served before it was baked"
assistant.join()
