# An action given a wrong dish ends the program like any TypeError.
import kitchen

kitchen.cook("soup")
print("soup is cooking")
kitchen.serve(7)

# expect: soup is cooking
# expect stderr: TypeError: dish must be a str
# expect exit: 1
