# Lists used as stacks and queues: balanced brackets, BFS over a graph, sliding windows.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"unexpected {ch!r} at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"

for t in ["(a[b]{c})", "(]", "((x)", "{[()()]}", ""]:
    print(repr(t), balanced(t))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}

def bfs(start):
    order, queue, seen = [], [start], {start}
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return order, dist

print(bfs("a"))
print(bfs("c"))
window, out = [], []
for x in [4, 8, 15, 16, 23, 42]:
    window.append(x)
    if len(window) > 3:
        window.pop(0)
    out.append(max(window) - min(window))
print(out)
