# nonlocal: counters, accumulators, and several closures sharing one cell.
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("+", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("-", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50), wd(30), rep())
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
dep2, _, rep2 = make_account(0)
dep2(1)
print(rep(), rep2())
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset
inc, reset = counter()
print(inc(), inc(), inc(10), reset(), inc())
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner()
    return middle(), x
print(outer())
