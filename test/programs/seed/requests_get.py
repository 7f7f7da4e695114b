import threading
import requests

def get_url(url):
    resp = requests.get(url)
    print(f"{url} -> {resp.status_code}")

urls = ["https://example.com", "https://httpbin.org/delay/2", "https://google.com"]

threads = [threading.Thread(target=get_url, args=(url,)) for url in urls]

for t in threads:
    t.start()
for t in threads:
    t.join()

# cpython-flags: -S

# expect stderr: ModuleNotFoundError: No module named 'requests'
# expect exit: 1
