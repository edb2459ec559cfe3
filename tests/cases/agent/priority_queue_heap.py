# A binary min-heap implemented with lists for task scheduling by (priority, insertion order).
heap = []
counter = 0
def push(priority, task):
    global counter
    heap.append((priority, counter, task))
    counter += 1
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2] > heap[i]:
        parent = (i - 1) // 2
        heap[i], heap[parent] = heap[parent], heap[i]
        i = parent

def pop():
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            small = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(heap) and heap[child] < heap[small]:
                    small = child
            if small == i:
                break
            heap[i], heap[small] = heap[small], heap[i]
            i = small
    return top[0], top[2]

for prio, task in [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "page on-call"), (5, "lunch"), (2, "deploy")]:
    push(prio, task)
print(len(heap), heap[0])
while heap:
    print(pop())
try:
    pop()
except IndexError as e:
    print("IndexError:", e)
