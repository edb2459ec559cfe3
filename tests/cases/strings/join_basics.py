# str.join over lists, tuples, strings, dicts, ranges of strings and iterators.
print(", ".join(["apple", "banana", "cherry"]))
print("".join(["a", "b", "c"]), "-".join(("x", "y")), "+".join([]), repr("+".join(())))
print("/".join("abc"), "→".join("αβγ"), "".join("single"), repr(",".join("")))
print(" ".join({"k1": 1, "k2": 2}), " ".join({"k1": 1}.keys()), "|".join({"a": "x"}.values()))
print(", ".join(iter(["one", "two"])), ":".join(sorted(["b", "c", "a"])), "".join(reversed("stressed")))
print("-".join(["only"]), "-".join(["", ""]), "-".join(["", "", ""]), repr("".join([""])))
print("ü".join(["a", "b"]), "a".join(["ü", "ö"]), "😀".join(["x", "y", "z"]))
print("\n".join(["line 1", "line 2"]))
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts), len(",".join(parts)))
table = [["name", "qty"], ["apple", "3"], ["pear", "10"]]
print("\n".join(["\t".join(row) for row in table]))
words = ["Hello", "wörld", "日本"]
joined = " ".join(words)
print(joined, len(joined), joined.split(" ") == words)
print(str.join("::", ["a", "b"]), "".join([w.upper() for w in words]))
big = ",".join(["x"] * 1000)
print(len(big), big.count(","), big.find("x,x"))
nested = " + ".join([", ".join(["a", "b"]), ", ".join(["c"])])
print(nested)
