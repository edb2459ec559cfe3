# CPython's exact messages for common runtime errors in agent code.
samples = [
    lambda: [1, 2, 3][10],
    lambda: (1, 2)[-5],
    lambda: "abc"[3],
    lambda: {"a": 1}["A"],
    lambda: None["key"],
    lambda: 5["x"],
    lambda: len(5),
    lambda: None + 1,
    lambda: "total: " + 3,
    lambda: 3 + "x",
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: -"a",
    lambda: ~1.5,
    lambda: "a" < 1,
    lambda: [] < {},
    lambda: None.strip(),
    lambda: "x".missing_method(),
    lambda: (1).real(),
    lambda: int("12.5"),
    lambda: float("1,5"),
    lambda: [].index(3),
    lambda: "abc".index("z"),
    lambda: 1 / 0,
    lambda: 1.5 // 0,
    lambda: 7 % 0,
    lambda: hash([]),
    lambda: {[1]: 2},
    lambda: undefined_variable,
    lambda: dict(**{1: 2}),
    lambda: sorted([3, None]),
]
for i, fn in enumerate(samples):
    try:
        fn()
        print(i, "no error")
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
