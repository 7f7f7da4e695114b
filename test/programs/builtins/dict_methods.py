# dict methods: get, setdefault, pop, popitem, items, keys, values, update, copy, clear, fromkeys.
stock = {"eggs": 6, "milk": 2}
print(stock.get("eggs"), stock.get("ham"), stock.get("ham", 0))
print(stock.setdefault("flour", 1), stock.setdefault("eggs", 100), stock)
print(stock.pop("milk"), stock.pop("milk", "gone"), stock)
print(list(stock.items()), list(stock.keys()), list(stock.values()))
stock.update({"eggs": 12, "salt": 1})
stock.update(sugar=3)
stock.update([("oil", 2)])
print(stock)
keys = stock.keys()
stock["new"] = 0
print(len(keys), "new" in keys)            # views follow the dict
copy = stock.copy()
copy["eggs"] = 0
print(stock["eggs"], copy["eggs"], stock.popitem(), len(stock))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
for k, v in sorted(stock.items()):
    print(k, v)
stock.clear()
print(stock, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {}.pop("nope")
except KeyError as e:
    print("KeyError", e)
merged = {"a": 1} | {"b": 2}
print(merged)

# expect: 6 None 0
# expect: 1 6 {'eggs': 6, 'milk': 2, 'flour': 1}
# expect: 2 gone {'eggs': 6, 'flour': 1}
# expect: [('eggs', 6), ('flour', 1)] ['eggs', 'flour'] [6, 1]
# expect: {'eggs': 12, 'flour': 1, 'salt': 1, 'sugar': 3, 'oil': 2}
# expect: 6 True
# expect: 12 0 ('new', 0) 5
# expect: {'a': 0, 'b': 0} {'x': None, 'y': None}
# expect: eggs 12
# expect: flour 1
# expect: oil 2
# expect: salt 1
# expect: sugar 3
# expect: {} True True
# expect: KeyError 'nope'
# expect: {'a': 1, 'b': 2}
