# Apply bank transactions to accounts, rejecting overdrafts and unknown accounts.
accounts = {"alice": 100, "bob": 20, "carol": 0}
transactions = [
    {"from": "alice", "to": "bob", "amount": 30},
    {"from": "bob", "to": "carol", "amount": 60},
    {"from": "carol", "to": "alice", "amount": 0},
    {"from": "dave", "to": "alice", "amount": 5},
    {"from": "bob", "to": "carol", "amount": 50},
    {"from": "alice", "to": "erin", "amount": 10},
]

class_errors = {"overdraft": 0, "unknown": 0, "empty": 0}

def transfer(tx):
    src, dst, amount = tx["from"], tx["to"], tx["amount"]
    if amount <= 0:
        raise ValueError("empty")
    if src not in accounts or dst not in accounts:
        raise KeyError("unknown")
    if accounts[src] < amount:
        raise ArithmeticError("overdraft")
    accounts[src] -= amount
    accounts[dst] += amount

for n, tx in enumerate(transactions, 1):
    try:
        transfer(tx)
        status = "ok"
    except (ValueError, KeyError, ArithmeticError) as e:
        reason = e.args[0]
        class_errors[reason] += 1
        status = f"rejected ({reason})"
    print(f"tx{n}: {tx['from']:>5} -> {tx['to']:<5} {tx['amount']:>3} {status}")
print(accounts, sum(accounts.values()))
print(class_errors)
