# isinstance, issubclass and type with user classes and built-in types.
class Tool: pass
class Knife(Tool): pass
class Whisk(Tool): pass

k = Knife()
print(isinstance(k, Knife), isinstance(k, Tool), isinstance(k, Whisk), isinstance(k, (Whisk, Knife)))
print(type(k) is Knife, type(k) is Tool, type(k) == Knife, type(k).__name__)
print(issubclass(Knife, Tool), issubclass(Tool, Knife), issubclass(Knife, object))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(None, type(None)))
print(type(3).__name__, type(3.5).__name__, type("").__name__, type([]).__name__, type({}).__name__)
print(type(()).__name__, type(set()).__name__, type(None).__name__, type(len).__name__, type(Tool).__name__)
print(isinstance(Tool, type), type(type).__name__, isinstance(k, object))

# expect: True True False True
# expect: True False True Knife
# expect: True False True
# expect: True False True True
# expect: True True True
# expect: int float str list dict
# expect: tuple set NoneType builtin_function_or_method type
# expect: True type True
