# assert with and without messages, and messages computed from values.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, ("insufficient", balance, amount)
    return balance - amount
for amount in [30, -5, 500]:
    try:
        print(withdraw(100, amount))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False, None
except AssertionError as e:
    print("None message:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert 1, "never raised"
assert "non-empty"
x = [1, 2, 3]
try:
    assert len(x) == 2, len(x)
except AssertionError as e:
    print("len was", e, type(e.args[0]).__name__)
def validate(records):
    for i, r in enumerate(records):
        assert "id" in r, f"record {i} has no id: {r}"
    return len(records)
try:
    validate([{"id": 1}, {"name": "x"}])
except AssertionError as e:
    print(e)
