# An invariant check with assert fails on bad data and ends the script with AssertionError.
ledger = [("deposit", 100), ("withdraw", 30), ("withdraw", 50), ("withdraw", 40)]
balance = 0
for kind, amount in ledger:
    balance += amount if kind == "deposit" else -amount
    print(f"{kind:<8} {amount:>4} -> {balance:>4}")
    assert balance >= 0, f"balance went negative after {kind} of {amount}: {balance}"
print("final", balance)
