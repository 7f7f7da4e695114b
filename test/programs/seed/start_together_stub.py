# Example: Start multiple workers simultaneously after preparation
