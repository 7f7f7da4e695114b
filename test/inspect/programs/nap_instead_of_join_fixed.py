# The head chef joins the assistant: however long baking takes, the dessert
# is ready when it is served.
# inspect: certified
# inspect durations 0.5: certified
import threading
import time

ready = []

def bake():
    time.sleep(5)
    ready.append("dessert")

assistant = threading.Thread(target=bake)
assistant.start()
time.sleep(6)
assistant.join()
assert ready == ["dessert"], "the dessert was served before it was baked"
