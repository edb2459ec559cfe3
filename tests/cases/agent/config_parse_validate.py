# Parse an INI-like config by hand, convert typed values, and report every problem found.
text = """
[server]
host = 0.0.0.0
port = 8080
workers = four
debug = yes

[database]
url = postgres://db/app
pool = 5
timeout = 2.5
; a comment
[empty]
bad line without equals
"""
schema = {"server": {"host": str, "port": int, "workers": int, "debug": bool}, "database": {"url": str, "pool": int, "timeout": float}}
truthy = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
config, errors, section = {}, [], None
for lineno, raw in enumerate(text.splitlines(), 1):
    line = raw.strip()
    if not line or line.startswith(";"):
        continue
    if line.startswith("[") and line.endswith("]"):
        section = line[1:-1]
        config.setdefault(section, {})
        continue
    key, sep, value = line.partition("=")
    if not sep:
        errors.append(f"line {lineno}: expected key = value, got {line!r}")
        continue
    key, value = key.strip(), value.strip()
    kind = schema.get(section, {}).get(key, str)
    try:
        config[section][key] = truthy[value.lower()] if kind is bool else kind(value)
    except (ValueError, KeyError) as e:
        errors.append(f"line {lineno}: {section}.{key}: {type(e).__name__}: {e}")
print(config)
for e in errors:
    print(e)
missing = [f"{s}.{k}" for s, keys in schema.items() for k in keys if k not in config.get(s, {})]
print("missing:", missing)
