assert x
assert x, "message"
assert isinstance(v, int), f"bad value {v!r}"
assert (a,
        b)
assert not errors, errors
