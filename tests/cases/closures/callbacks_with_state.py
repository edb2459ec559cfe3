# Callbacks that carry configuration: validators, formatters and filters built at runtime.
def min_length(n):
    return lambda s: None if len(s) >= n else f"shorter than {n}"
def contains_any(chars, label):
    def check(s):
        return None if any(c in s for c in chars) else f"needs a {label}"
    return check
def make_validator(*rules):
    def validate(value):
        errors = [msg for rule in rules if (msg := rule(value)) is not None]
        return errors or ["ok"]
    return validate
password_ok = make_validator(min_length(8), contains_any("0123456789", "digit"), contains_any("!@#$", "symbol"))
for pw in ["short", "longenough", "longenough1", "l0ng!enough"]:
    print(f"{pw:<12} {password_ok(pw)}")
def formatter(width, align="<", fill=" "):
    def fmt(value):
        return f"{value:{fill}{align}{width}}"
    return fmt
cols = [formatter(6), formatter(8, ">"), formatter(5, "^", "*")]
for row in [("id", "amount", "ok"), (1, 12.5, "y"), (22, 1000, "n")]:
    print("|".join(f(str(v)) for f, v in zip(cols, row)))
def make_filter(**criteria):
    def keep(record):
        return all(record.get(k) == v for k, v in criteria.items())
    return keep
records = [{"kind": "a", "ok": True}, {"kind": "b", "ok": True}, {"kind": "a", "ok": False}]
print(list(filter(make_filter(kind="a"), records)), len(list(filter(make_filter(ok=True), records))))
print(list(filter(make_filter(), records)) == records)
