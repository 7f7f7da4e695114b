# kitchen-only: the step limit stops a loop that never ends
while True:
    pass
# expect stderr: KitchenError: the program ran more than 1000000 steps (raise the limit with --max-steps)
# expect exit: 1
