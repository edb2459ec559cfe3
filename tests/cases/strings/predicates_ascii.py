# The is-predicates on ASCII text, the empty string and mixed samples.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", " \t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f",
           "Hello World", "Hello world", "HELLO WORLD", "hello world!", "_private", "var_1", "1var", "class",
           "a b", "\x00", "\x7f", "~!@", "Title Case Words", "UPPER123", "lower_123", "A1b2"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace())
    print("   ", s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii(), s.isidentifier())
print(str.isdigit("42"), str.isspace("\n"), str.isidentifier("if"), str.isascii(""))
inputs = ["42", "  7 ", "x9", "", "3.14", "-5"]
for raw in inputs:
    cleaned = raw.strip()
    if cleaned.isdigit():
        print(repr(raw), "->", int(cleaned) * 2)
    else:
        print(repr(raw), "-> not a number")
for name in ["isalpha", "isdigit", "isspace", "isascii", "isidentifier", "istitle"]:
    try:
        if name == "isalpha":
            "x".isalpha(1)
        elif name == "isdigit":
            "1".isdigit(x=1)
        elif name == "isspace":
            " ".isspace(" ", " ")
        elif name == "isascii":
            "x".isascii(None)
        elif name == "isidentifier":
            "x".isidentifier("y")
        else:
            "X".istitle(True)
    except TypeError as e:
        print(name, e)
