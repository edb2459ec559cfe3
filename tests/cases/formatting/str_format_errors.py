# Template syntax errors and numbering errors of str.format.
cases = [("{} {1}", (1, 2)), ("{1} {}", (1, 2)), ("{0}{}", (1, 2)), ("{}", ()), ("{2}", (1,)), ("}", ()), ("{", ()),
         ("a}b", ()), ("a{b", ()), ("{a{b}", ()), ("{!x}", (1,)), ("{!}", (1,)), ("{!rr}", (1,)), ("{0!r", (1,)),
         ("{0[1}", ([1],)), ("{0[1]x}", ([1, 2],)), ("{0.}", (1,)), ("{0[]}", ([1],)), ("{:}}", (1,)), ("{:{}", (1,)),
         ("{99999999999999999999}", (1,)), ("{ }", (1,)), ("{x}", ()), ("{:d}", ("s",)), ("{:>5}", (None,)), ("{:{}}", (1, "abc"))]
for template, args in cases:
    try:
        print(repr(template), "->", repr(template.format(*args)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(template), type(e), e)
