# Positional-only, keyword-only, defaults, *args and **kwargs in combination.
def make_request(method, url, /, *, timeout=10, retries=0, **headers):
    hdr = ", ".join(f"{k}={v}" for k, v in sorted(headers.items()))
    return f"{method} {url} timeout={timeout} retries={retries} [{hdr}]"
print(make_request("GET", "/a"))
print(make_request("POST", "/b", timeout=3, auth="token", accept="json"))
def describe(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=8, e=9))
print(describe(*[1, 2, 3], **{"c": 0, "z": 1}))
tests = [
    lambda: make_request("GET", url="/x"),
    lambda: make_request("GET", "/x", 5),
    lambda: describe(1),
    lambda: describe(1, 2, c=3, a=4),
    lambda: describe(),
    lambda: make_request(method="GET"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3), pos_only(*(3, 5)))
def kw_defaults(*, sep=", ", end="."):
    return sep.join(["a", "b"]) + end
print(kw_defaults(), kw_defaults(end="!"), kw_defaults(sep="-", end=""))
