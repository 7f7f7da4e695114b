# Queue is first in, first out; LifoQueue last in, first out; PriorityQueue smallest first.
import queue

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for item in [(3, "pie"), (1, "soup"), (2, "tea")]:
    fifo.put(item)
    lifo.put(item)
    prio.put(item)
print([fifo.get() for _ in range(3)])
print([lifo.get() for _ in range(3)])
print([prio.get() for _ in range(3)])
p = queue.PriorityQueue()
for word in ["stew", "apple", "fig"]:
    p.put(word)
print(p.get(), p.get(), p.get(), p.empty())

# expect: [(3, 'pie'), (1, 'soup'), (2, 'tea')]
# expect: [(2, 'tea'), (1, 'soup'), (3, 'pie')]
# expect: [(1, 'soup'), (2, 'tea'), (3, 'pie')]
# expect: apple fig stew True
