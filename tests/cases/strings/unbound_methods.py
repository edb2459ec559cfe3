# str methods reached through the type: as functions, as sort keys, and their errors.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True))
print(max(words, key=str.upper), min(words, key=str.swapcase), sorted(["  b", "a  "], key=str.strip))
print(str.upper("abc"), str.split("a b  c"), str.split("a,b", ","), str.split("a,b,c", sep=",", maxsplit=1))
print(str.join("-", "abc"), str.count("banana", "a"), str.find("banana", "n", 3), str.isdigit("123"))
print(str.center("x", 5, "*"), str.splitlines("a\nb", True), str.replace("aaa", "a", "b", 2))
print(str.maketrans("a", "b"), "x".maketrans("y", "z"), str.maketrans({"q": None}))
upper = str.upper
strip = str.strip
print(upper("hi"), strip("  hi  "), [upper(w) for w in ["a", "b"]])
print(str.upper, str.maketrans is "abc".maketrans, str.upper is str.upper)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("int self", lambda: str.upper(5))
attempt("list self", lambda: str.join([], "x"))
attempt("None self", lambda: str.strip(None))
attempt("no self", lambda: str.lower())
attempt("no self kw", lambda: str.split(sep=","))
attempt("missing attr", lambda: str.nonexistent)
attempt("missing instance attr", lambda: "abc".nonexistent)
attempt("self ok, bad arg", lambda: str.split("a", 1))
attempt("key with non-str", lambda: sorted(["a", 1], key=str.lower))
