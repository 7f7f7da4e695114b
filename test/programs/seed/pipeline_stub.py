# Example: Data pipeline worker threads stop when event.set() is called
