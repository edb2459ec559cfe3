# print(): sep, end, multiple values, empty calls, and non-string separators' errors.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" |\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=", ")
print(*range(5))
print(*"abc", sep="|")
print(*[], sep="x")
print("multi\nline", "text")
print("", "", sep="[]")
print("end", end="\n\n")
print("sep None", "uses space", sep=None, end=None)
for bad in ({"sep": 5}, {"end": 1}, {"file": 3}, {"flush": True, "bad": 1}):
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
rows = [("id", "name"), (1, "ana"), (22, "bo")]
for r in rows:
    print(*r, sep="\t")
