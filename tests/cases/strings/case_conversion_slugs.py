# snake_case / camelCase / kebab-case conversions and URL slugs built from string methods.
def to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0 and (name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower())):
            out.append("_")
        out.append(ch.lower())
    return "".join(out).replace("-", "_").replace(" ", "_")

def to_camel(name, upper_first=False):
    parts = [p for p in name.replace("-", "_").split("_") if p]
    if not parts:
        return ""
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + "".join(p.capitalize() for p in parts[1:])

def slugify(title, max_len=30):
    kept = "".join(ch.lower() if ch.isalnum() else " " for ch in title)
    slug = "-".join(kept.split())
    return slug[:max_len].rstrip("-")

for name in ["userId", "HTTPServerError", "simple", "already_snake", "kebab-case-name", "getHTTP2Response", "A"]:
    print(f"{name:<18} {to_snake(name):<22} {to_camel(to_snake(name)):<18} {to_camel(to_snake(name), True)}")
for title in ["Hello, World!", "  Python 3.12: What's New?  ", "Ünïcödé & symbols — dash", "a" * 40, "---"]:
    print(repr(slugify(title)))
print("hello world".title(), "HELLO".swapcase(), "mIxEd".casefold(), "ß".upper(), "ǅ".lower(), "straße".casefold())
