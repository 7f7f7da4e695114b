import threading
import time

def bake_dessert():
    print("🧁 Assistant cook: Starting to bake the dessert (this will take 5 seconds)...")
    time.sleep(5)  # Simulating time-consuming task
    print("🧁 Assistant cook: Dessert is ready!")

def main_kitchen_work():
    print("👨‍🍳 Head chef: Preparing the main course...")
    time.sleep(2)
    print("👨‍🍳 Head chef: Main course is halfway done.")

    # Start background thread for baking dessert
    dessert_thread = threading.Thread(target=bake_dessert)
    dessert_thread.start()

    print("👨‍🍳 Head chef: Meanwhile, I'm plating the salad and setting the table.")
    time.sleep(3)
    print("👨‍🍳 Head chef: Ready to serve the main course.")

    # Wait for dessert to be ready before serving everything
    dessert_thread.join()
    print("👨‍🍳 Head chef: All dishes are ready to serve!")

if __name__ == "__main__":
    main_kitchen_work()

# cpython-sleep-scale: 0.05
# nondeterministic: CPython 3.11 lets either the assistant or the head chef print first after start()
