#!/usr/bin/env python3.12
"""Writes tests/unit/data/math_cases.txt: calls of the math module's functions with CPython 3.12's answers.

tests/unit/math_test.cpp runs every line through coil (one script per function) and requires the
same answer: the same repr, so floats must be bit-identical (repr round-trips), or the same
exception type. The inputs are seeded: edge values (signed zeros, infinities, NaN, subnormals,
the largest double, integers and half-integers where gamma and the trigonometric functions are
exact or singular, domain boundaries) and random values over each function's interesting range,
uniformly and across magnitudes.

Format: one case per line, three tab-separated fields: the function name, the argument tuple as
a Python expression (the names inf and nan stand for the float values), and the expected result
as its repr, or the exception type name (ValueError, OverflowError, ZeroDivisionError). Two
names are not math functions: nextafter_steps is nextafter(x, y, steps=n) and comb_mod is
comb(n, k) % 1000000007.

Usage:
  python3.12 tests/unit/generate_math_cases.py            # rewrite the data file
  python3.12 tests/unit/generate_math_cases.py --check    # exit 1 if the committed file is stale
"""
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "math_cases.txt")

inf = math.inf
nan = math.nan

EDGES = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, -5e-324,
         2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e22, -1e22,
         math.pi, math.pi / 2, math.pi / 4, math.e, 709.782712893384, 710.0, -745.1332191019411, 1e-20, 3.0, 0.1]


def magnitude(rng, low=-1074, high=1023):
    return rng.choice([-1.0, 1.0]) * math.ldexp(rng.random() + 0.5, rng.randint(low, high))


def floats(rng, count, low, high, magnitudes=(-60, 60), extra=()):
    values = list(EDGES) + list(extra)
    while len(values) < count:
        kind = rng.random()
        if kind < 0.45:
            values.append(rng.uniform(low, high))
        elif kind < 0.8:
            values.append(magnitude(rng, *magnitudes))
        elif kind < 0.9:
            values.append(rng.randint(int(low) - 1, int(high) + 1) / rng.choice([1, 2, 4]))
        else:
            values.append(magnitude(rng))
    return values


def outcome(function, args):
    try:
        return repr(function(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as error:
        return type(error).__name__


def arguments_text(args):
    return repr(tuple(args))


def main():
    rng = random.Random(20240601)
    cases = []

    def add(name, args):
        cases.append((name, arguments_text(args), outcome(getattr(math, name), args)))

    unary_ranges = {
        "acos": (-1.2, 1.2), "asin": (-1.2, 1.2), "atan": (-20, 20), "acosh": (0.5, 50), "asinh": (-50, 50),
        "atanh": (-1.2, 1.2), "cbrt": (-1000, 1000), "cos": (-20, 20), "sin": (-20, 20), "tan": (-20, 20),
        "cosh": (-720, 720), "sinh": (-720, 720), "tanh": (-25, 25), "erf": (-7, 7), "erfc": (-7, 30),
        "exp": (-750, 712), "exp2": (-1080, 1030), "expm1": (-40, 712), "fabs": (-10, 10), "log1p": (-1.5, 10),
        "sqrt": (-5, 1e6), "degrees": (-10, 10), "radians": (-1000, 1000), "log": (-1, 1e6), "log2": (-1, 1e6),
        "log10": (-1, 1e6), "ulp": (-10, 10), "frexp": (-1e6, 1e6), "modf": (-1e6, 1e6), "ceil": (-1e6, 1e6),
        "floor": (-1e6, 1e6), "trunc": (-1e20, 1e20), "isfinite": (-1, 1), "isinf": (-1, 1), "isnan": (-1, 1),
    }
    for name, (low, high) in unary_ranges.items():
        count = 40 if name in ("isfinite", "isinf", "isnan", "fabs", "ceil", "floor", "trunc") else 190
        for x in floats(rng, count, low, high):
            add(name, (x,))
    # gamma and lgamma: every integer and half-integer in range, both sides of the overflow and
    # the reflection thresholds, random points, tiny arguments.
    gamma_points = [k / 4 for k in range(-240, 241)] + [171.6, 171.62, 171.7, 140.0, 139.99999999999997, 200.0,
                                                         -200.0, 200.00000000000003, -200.00000000000003, -171.5,
                                                         -171.7, -183.3, -250.5, 1e308, -1e308, 23.0, 24.0, 1e-19]
    for name in ("gamma", "lgamma"):
        for x in floats(rng, 500, -210, 210, magnitudes=(-80, 9), extra=gamma_points):
            add(name, (x,))
    # Integers for the int-taking float functions and the log of huge ints.
    for name in ("log", "log2", "log10", "sqrt", "exp", "sin", "floor", "ceil", "frexp"):
        for n in [0, 1, -1, 2**53 + 1, 10**308, 10**309, -(10**400), 2**1023, 2**1024, 2**1024 - 2**970] + \
                 [rng.randint(1, 10**rng.randint(1, 400)) for _ in range(6)]:
            add(name, (n,))
    add("log", (True,))
    add("log", (False,))

    def pairs(count, low, high, extra=()):
        values = floats(rng, count, low, high)
        out = list(extra)
        for _ in range(count):
            out.append((rng.choice(values), rng.choice(values)))
        for a in EDGES[:8]:
            for b in EDGES[:8]:
                out.append((a, b))
        return out

    for name, (low, high) in {"atan2": (-5, 5), "copysign": (-5, 5), "fmod": (-100, 100), "remainder": (-100, 100),
                              "pow": (-10, 10), "nextafter": (-3, 3), "hypot": (-1e3, 1e3)}.items():
        extra = []
        if name == "pow":
            extra = [(-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (-0.0, -2.0), (10.0, 400.0), (2.0, -1080.0), (-1.0, inf),
                     (0.5, -inf), (-inf, 3.0), (-inf, -3.0), (-inf, 2.5), (nan, 0.0), (1.0, nan), (2, 3), (-8, 1 / 3)]
        if name in ("fmod", "remainder"):
            extra = [(5.0, 0.0), (inf, 1.0), (1.0, inf), (7.0, 2.0), (5.0, 2.0), (-4.0, 2.0), (6.0, 4.0), (-6.0, 4.0),
                     (1e308, 1e-308), (3, 1e-320)]
        for a, b in pairs(230, low, high, extra):
            add(name, (a, b))
    for x, steps in [(1.0, 3), (0.0, 2**63), (0.0, 2**64), (-0.0, 5), (5e-324, 2), (1.0, 0), (nan, 0), (inf, 7)] + \
            [(rng.uniform(-3, 3), rng.randint(0, 2**rng.randint(0, 64))) for _ in range(40)]:
        for y in (2.0, -1.0, 0.0, -0.0, inf, -inf, nan, x):
            # nextafter_steps stands for nextafter(x, y, steps=n).
            cases.append(("nextafter_steps", arguments_text((x, y, steps)),
                          outcome(lambda a, b, s: math.nextafter(a, b, steps=s), (x, y, steps))))
    for x, i in [(1.0, 1024), (1.0, -1074), (1.0, -1075), (0.75, -1074), (0.5, 1024), (inf, -5), (nan, 5), (-0.0, 3),
                 (1.0, 2**70), (1.0, -2**70), (0.0, 2**70), (3, True), (1.5, 2**31), (1.5, -2**31)] + \
            [(magnitude(rng, -60, 60), rng.randint(-1200, 1200)) for _ in range(120)]:
        add("ldexp", (x, i))
    # Sequences: fsum, hypot and dist with several coordinates, sumprod, prod.
    def vector(n, low=-1e3, high=1e3):
        out = []
        for _ in range(n):
            kind = rng.random()
            if kind < 0.5:
                out.append(rng.uniform(low, high))
            elif kind < 0.85:
                out.append(magnitude(rng, -60, 60))
            elif kind < 0.95:
                out.append(rng.choice([1e308, -1e308, 1e16, -1e16, 1.0, 0.1, 5e-324, 1e-310, 3]))
            else:
                out.append(magnitude(rng))
        return out
    for _ in range(250):
        add("fsum", (vector(rng.randint(0, 12)),))
    for xs in ([1e308, 1e308], [inf, -inf], [inf, nan], [1e308, 1e308, -inf], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
               [0.1] * 10, [1.0, 1e-16, 1e-16], [-0.0], [-0.0, -0.0], [2.0**53, 1.0, 2.0**-50], [1, 2**60, 2.5]):
        add("fsum", (xs,))
    for _ in range(250):
        add("hypot", tuple(vector(rng.randint(0, 7))))
    for xs in ([5e-324, 5e-324], [1e-310, 2e-310, 3e-310], [1e308, 1e308], [nan, inf], [inf, nan], [nan, 1.0], []):
        add("hypot", tuple(xs))
    for _ in range(200):
        n = rng.randint(0, 6)
        add("dist", (vector(n), vector(n)))
    for _ in range(250):
        n = rng.randint(0, 8)
        add("sumprod", (vector(n), vector(n)))
    for p, q in [([1e308, 1e308, -1e308], [10.0, 1.0, 10.0]), ([0.1] * 10, [0.1] * 10), ([1, 2.0], [3, 4]), ([2**62, 2**62, 0.5], [2, 2, 3.0]),
                 ([1, 2, 3], [4, 5, 6]), ([True, 0.5], [2, 3]), ([10**30, 0.5], [2.0, 0.25]), ([1e-320, 3.5], [0.5, 1e-310])]:
        add("sumprod", (p, q))
    for _ in range(120):
        add("prod", (vector(rng.randint(0, 8), -3, 3),))
    # Integer functions.
    for n in list(range(0, 30)) + [rng.randint(30, 400) for _ in range(20)]:
        add("factorial", (n,))
    for _ in range(80):
        n = rng.randint(0, 300)
        k = rng.randint(0, n + 3)
        add("comb", (n, k))
        add("perm", (n, min(k, 25)))
    for n, k in [(10**20, 3), (2**70, 2), (2**70, 2**70 - 1), (6000, 5000), (10000, 4097), (10**6, 3), (5000, 2500)]:
        # comb_mod stands for comb(n, k) % 1000000007: the full results would bloat the file.
        cases.append(("comb_mod", arguments_text((n, k)), repr(math.comb(n, k) % 1000000007)))
    for _ in range(60):
        values = [rng.randint(-10**rng.randint(1, 30), 10**rng.randint(1, 30)) for _ in range(rng.randint(0, 4))]
        add("gcd", tuple(values))
        add("lcm", tuple(values))
    for _ in range(60):
        add("isqrt", (rng.randint(0, 10**rng.randint(1, 60)),))
    for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (inf, inf), (nan, nan), (1e308, inf)] + \
            [(rng.uniform(-2, 2), rng.uniform(-2, 2)) for _ in range(30)]:
        add("isclose", (a, b))

    text = "".join("%s\t%s\t%s\n" % case for case in cases)
    if "--check" in sys.argv[1:]:
        with open(DATA, encoding="utf-8") as handle:
            if handle.read() != text:
                print("generate_math_cases: %s is stale" % DATA, file=sys.stderr)
                return 1
        return 0
    with open(DATA, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    print("wrote %d cases, %d bytes" % (len(cases), len(text.encode())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
