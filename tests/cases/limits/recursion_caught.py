# Deep recursion raises RecursionError, which a script may catch and then carry on, as often as
# it likes; the frames it unwound are gone.
import sys

def countdown(n):
    return countdown(n + 1)

def deepest():
    depth = 0
    def dive(n):
        nonlocal depth
        depth = n
        dive(n + 1)
    try:
        dive(1)
    except RecursionError:
        pass
    return depth

for attempt in range(3):
    try:
        countdown(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)

first = deepest()
print(first > 900, deepest() == first)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", e)

def guarded(n):
    try:
        return guarded(n + 1)
    finally:
        pass

try:
    guarded(0)
except RecursionError as e:
    print("through finally", e)

total = 0
def sums(n):
    global total
    if n == 0:
        return 0
    total += 1
    return n + sums(n - 1)

print(sums(500), total)
