# A typo in a name (CPython 3.11 suggests a close name).
def main():
    dishes = ["soup"]
    print(len(dishes))
    print(dishs)

main()

# expect: 1
# expect stderr: NameError: name 'dishs' is not defined. Did you mean: 'dishes'?
# expect exit: 1
