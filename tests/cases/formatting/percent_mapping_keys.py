# %(key)s takes values from a mapping.
person = {"name": "Grace", "born": 1906, "score": 97.25, "lang": "COBOL"}
print("%(name)s was born in %(born)d" % person)
print("%(name)-10s|%(score)8.1f|%(born)x|%(lang)r" % person)
print("%(name)s %(name)s %(name).3s" % person)
print("%(a(b))s %((x))s" % {"a(b)": "parens", "(x)": "nested"})
print("%()s" % {"": "empty key"})
print("%s then %(name)s" % person)

# A missing key is a KeyError; the argument must be a mapping.
for fmt, arg in [("%(missing)s", person), ("%(name)s", ("Grace",)), ("%(name)s", "text"), ("%(0)s", [1]),
                 ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}), ("%(a)", {"a": 1})]:
    try:
        print(fmt % arg)
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e), e)
