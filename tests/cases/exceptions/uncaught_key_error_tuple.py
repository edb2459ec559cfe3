# KeyError whose key is a tuple: the message is the tuple's repr.
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[2, 2], len(grid))
path = [(0, 0), (1, 2), (2, 1), (3, 0)]
cost = 0
for step in path:
    cost += grid[step]
    print("at", step, "cost", cost)
