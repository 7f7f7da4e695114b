# The program runs as __main__.
def main():
    print("main() runs, __name__ is", __name__)

if __name__ == "__main__":
    main()
else:
    print("imported")

# expect: main() runs, __name__ is __main__
