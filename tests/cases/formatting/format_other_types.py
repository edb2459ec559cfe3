# Types without their own __format__: an empty spec means str(), any other spec is an error.
values = [None, [1, 2], (3,), {"k": "v"}, range(3), len, ValueError("boom")]
for v in values:
    print(repr(format(v, "")), f"{v}", f"{v!r}")
    try:
        format(v, ">10")
    except TypeError as e:
        print("TypeError:", e)

# Converting with !s or !r first makes them strings, which accept a spec.
print(f"[{None!s:>6}] [{[1, 2]!r:^10}] [{(3,)!s:*<6}]")

# bool: empty spec is str(), otherwise int formatting.
print(format(True), format(False, ""), format(True, "d"), format(True, ">4"), format(False, ".1f"), format(True, "%"))
