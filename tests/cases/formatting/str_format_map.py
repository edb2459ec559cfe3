# str.format_map looks names up in a mapping without copying it.
record = {"city": "Lyon", "temp": 21.456, "wind": 12}
print("{city}: {temp:.1f}°C, wind {wind} km/h".format_map(record))
print("{city!r:>10} {temp:+08.2f}".format_map(record))
nested = {"user": {"name": "Kim", "roles": ["admin", "dev"]}}
print("{user[name]} ({user[roles][0]})".format_map(nested))

# Positional fields are not allowed, a missing key is a KeyError.
for template, mapping in [("{}", {}), ("{0}", {}), ("{missing}", {}), ("{a}", 5), ("{a}", [1])]:
    try:
        print(template.format_map(mapping))
    except (ValueError, KeyError, TypeError) as e:
        print(repr(template), type(e), e)

# Argument checks.
for args in [(), ({}, {})]:
    try:
        "x".format_map(*args)
    except TypeError as e:
        print("TypeError:", e)
