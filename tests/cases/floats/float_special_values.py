# inf and nan arithmetic, comparisons, sorting and containers.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, inf == inf, -inf < -1e308)
print(max(1, inf), min(-inf, 0), max(nan, 1), max(1, nan), min([3, nan, 1]))
print(sorted([3.0, -inf, inf, 0.0, -0.0]), abs(-inf), -(-0.0), 0.0 == -0.0)
print(nan in [nan], [nan] == [nan], nan in {nan: 1}, {nan: 1}.get(nan))
print(str(inf), repr(-inf), str(nan), f"{inf:.2f} {-inf:e} {nan:g} {inf:>6}")
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** 1023 * 2)
for expr in ("1 / 0.0", "1.0 % 0", "0.0 // 0.0", "2.0 ** 10000", "(-2.0) ** 0.5 == 0"):
    try:
        if expr == "1 / 0.0":
            r = 1 / 0.0
        elif expr == "1.0 % 0":
            r = 1.0 % 0
        elif expr == "0.0 // 0.0":
            r = 0.0 // 0.0
        elif expr == "2.0 ** 10000":
            r = 2.0 ** 10000
        else:
            r = 0.0 ** -1
        print(expr, r)
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, type(e).__name__ + ":", e)
print(inf // 1, inf % 3, divmod(7.5, 2), divmod(-7.5, 2), -7.5 % 2, 7.5 // -2)
