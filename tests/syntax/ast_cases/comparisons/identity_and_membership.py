if value is None:
    value = default
if value is not None:
    use(value)
if name in ("a", "b", "c"):
    pass
if name not in {"x", "y"}:
    pass
found = [x for x in xs if x not in seen]
