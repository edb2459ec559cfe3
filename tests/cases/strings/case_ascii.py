# The case methods on ASCII text: upper, lower, casefold, capitalize, title, swapcase.
samples = [
    "hello world", "HELLO WORLD", "Hello World", "hELLO wORLD", "", "123 abc!", "a", "A",
    "mixed-Case_words and  spaces", "they're bill's friends", "o'neil mcdonald", "x1y2z3", "3rd place",
    "ALL_CAPS_CONSTANT", "camelCaseName", "tab\tsep\nnew line",
]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print("abc".upper().lower() == "abc", "ABC".swapcase().swapcase(), "hello".title().istitle())
names = ["alice", "BOB", "cHARLIE"]
print([n.capitalize() for n in names], [n.title() for n in names], sorted(names, key=str.lower))
print(str.upper("x"), str.title("a b"), str.swapcase("Ab"), str.casefold("ABC"))
long_text = "The Quick Brown Fox " * 20
print(long_text.upper().count("QUICK"), long_text.lower().count("quick"), long_text.swapcase().count("tHE"))
for name in ["upper", "lower", "casefold", "capitalize", "title", "swapcase"]:
    try:
        if name == "upper":
            "x".upper(1)
        elif name == "lower":
            "x".lower("a")
        elif name == "casefold":
            "x".casefold(None)
        elif name == "capitalize":
            "x".capitalize(x=1)
        elif name == "title":
            "x".title(1, 2)
        else:
            "x".swapcase(case=True)
    except TypeError as e:
        print(name, e)
