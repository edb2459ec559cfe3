# Infinite generators consumed partially: take, cycling, primes, and stopping conditions.
def count_from(n, step=1):
    while True:
        yield n
        n += step

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def primes():
    found = []
    for n in count_from(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def cycle(seq):
    while True:
        yield from seq

print(take(5, count_from(10, 5)), take(10, primes()), take(7, cycle("abc")))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(takewhile(lambda p: p < 40, primes())))
squares = (n * n for n in count_from(1))
print([next(squares) for _ in range(5)], next(squares))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(6, running_total(count_from(1))))
