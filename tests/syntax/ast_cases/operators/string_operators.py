"a" + "b"
"ab" * 3
3 * "ab"
"%s=%d" % (name, value)
"%(a)s" % {"a": 1}
b"x" + b"y"
[0] * 10
[[0] * n for _ in range(m)]
