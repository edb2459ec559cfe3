# Deep-merge nested configuration dicts and list what changed.
defaults = {
    "server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": False, "cert": None}},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False},
}
override = {
    "server": {"port": 9090, "tls": {"enabled": True, "cert": "/etc/cert.pem"}},
    "logging": {"handlers": ["console", "file"]},
    "features": {"beta": True, "new_ui": True},
}

def merge(base, extra, path="", changes=None):
    if changes is None:
        changes = []
    result = dict(base)
    for key, value in extra.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            result[key] = merge(base[key], value, where, changes)[0]
        else:
            if base.get(key) != value:
                changes.append((where, base.get(key), value))
            result[key] = value
    return result, changes

merged, changes = merge(defaults, override)
for where, old, new in changes:
    print(f"{where:<20} {old!r:>10} -> {new!r}")
print(merged["server"])
print(defaults["server"]["tls"])

def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flatten(v, prefix + k + ".")
        else:
            yield prefix + k, v

for key, value in sorted(flatten(merged)):
    print(key, "=", value)
