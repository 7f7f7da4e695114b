# __lt__ and friends: sorted, min, max, and comparison operators.
class Ticket:
    def __init__(self, priority, dish):
        self.priority = priority
        self.dish = dish
    def __lt__(self, other):
        return self.priority < other.priority
    def __le__(self, other):
        return self.priority <= other.priority
    def __repr__(self):
        return f"{self.dish}:{self.priority}"

tickets = [Ticket(3, "pie"), Ticket(1, "soup"), Ticket(2, "tea"), Ticket(1, "bread")]
print(sorted(tickets))
print(sorted(tickets, reverse=True))
print(min(tickets), max(tickets))
a, b = tickets[0], tickets[1]
print(a < b, a > b, b <= a, a >= b)
tickets.sort(key=lambda t: t.dish)
print(tickets)
try:
    Ticket(1, "x") < 5
except AttributeError as e:
    print("AttributeError:", e)

class Bare:
    pass
try:
    Bare() < Bare()
except TypeError as e:
    print(e)

# expect: [soup:1, bread:1, tea:2, pie:3]
# expect: [pie:3, tea:2, soup:1, bread:1]
# expect: soup:1 pie:3
# expect: False True True True
# expect: [bread:1, pie:3, soup:1, tea:2]
# expect: AttributeError: 'int' object has no attribute 'priority'
# expect: '<' not supported between instances of 'Bare' and 'Bare'
