#!/usr/bin/env python3
"""Writes tests/unit/data/big_int_cases.txt: operands and CPython's results for every big_int
operation, read by tests/unit/big_int_test.cpp. Run with CPython 3.12 (the oracle):

    python3.12 tests/unit/generate_big_int_cases.py

One case per line: an operation name, then space-separated fields. Integers are signed hex
without prefix ("-1f"), floats are float.hex(), strings are their UTF-8 bytes in hex. An error
result is "!" followed by big_int_error's enumerator name, mapped from CPython's exception type
and message below (an unknown message stops the script, so the mapping is checked too).
Values too large to store compactly are checked by their CPython hash ("#" + decimal hash).
"""
import math
import os
import random
import sys

if sys.version_info[:2] != (3, 12):
    sys.exit("run this with CPython 3.12, the oracle the tests follow")

ERRORS = {
    ("ZeroDivisionError", "integer division or modulo by zero"): "zero_division",
    ("ZeroDivisionError", "integer modulo by zero"): "modulo_by_zero",
    ("ZeroDivisionError", "division by zero"): "true_division_by_zero",
    ("ValueError", "negative shift count"): "negative_shift",
    ("OverflowError", "int too large to convert to float"): "float_overflow",
    ("OverflowError", "integer division result too large for a float"): "division_overflow",
    ("ValueError", "pow() 3rd argument cannot be 0"): "zero_modulus",
    ("ValueError", "base is not invertible for the given modulus"): "not_invertible",
    ("ValueError", "isqrt() argument must be nonnegative"): "negative_isqrt",
    ("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit"): "digit_limit",
}

rng = random.Random(20240611)
lines = []


def h(x):
    return format(x, "x")


def s_hex(text):
    return text.encode("utf-8").hex() or "-"


def s_runs(text):
    """UTF-8 hex in comma-separated segments, runs of a repeated one- or two-character unit
    written as "unit*count": long literals stay short in the file."""
    segments, literal, i = [], "", 0
    while i < len(text):
        for width in (1, 2):
            unit = text[i:i + width]
            count = 1
            while text.startswith(unit, i + count * width):
                count += 1
            if len(unit) == width and count >= 8:
                if literal:
                    segments.append(s_hex(literal))
                    literal = ""
                segments.append(f"{s_hex(unit)}*{count}")
                i += count * width
                break
        else:
            literal += text[i]
            i += 1
    if literal:
        segments.append(s_hex(literal))
    return ",".join(segments) or "-"


def outcome(fn, big=False):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every CPython error becomes a case
        key = (type(e).__name__, str(e))
        if key not in ERRORS:
            sys.exit(f"unmapped CPython error {key!r}")
        return "!" + ERRORS[key]
    if isinstance(r, float):
        return r.hex()
    if isinstance(r, tuple):
        return " ".join(outcome(lambda v=v: v, big) for v in r)
    if big and r.bit_length() > 2048:
        return "#" + str(hash(r))
    return h(r)


def rand_int(max_bits=300):
    kind = rng.random()
    if kind < 0.08:
        x = rng.randrange(0, 17)
    elif kind < 0.25:
        b = rng.choice([31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 127, 128, 129, 191, 192, 193])
        x = (1 << b) + rng.randrange(-3, 4)
    elif kind < 0.35:
        b = rng.randrange(1, max_bits + 1)
        x = (1 << b) - 1  # all ones: long carries and borrows
    elif kind < 0.45:
        # Limbs that are all ones or all zeros: exercises the rare correction steps of division.
        limbs = rng.randrange(1, max(2, max_bits // 64 + 1))
        x = 0
        for _ in range(limbs):
            x = (x << 64) | rng.choice([0, (1 << 64) - 1, (1 << 63), 1, rng.getrandbits(64)])
    else:
        x = rng.getrandbits(rng.randrange(1, max_bits + 1))
    return -x if rng.random() < 0.5 else x


def add(op, *fields):
    lines.append(" ".join([op] + [str(f) for f in fields]))


def binary_cases(count, max_bits):
    # One line per operand pair: a b, then a+b a-b a*b a//b a%b a/b a&b a|b a^b cmp(a,b) gcd(a,b).
    for _ in range(count):
        a, b = rand_int(max_bits), rand_int(max_bits)
        if rng.random() < 0.05:
            b = 0
        add("binary", h(a), h(b), outcome(lambda: a + b), outcome(lambda: a - b), outcome(lambda: a * b),
            outcome(lambda: a // b), outcome(lambda: a % b), outcome(lambda: a / b), outcome(lambda: a & b),
            outcome(lambda: a | b), outcome(lambda: a ^ b), (a > b) - (a < b), outcome(lambda: math.gcd(a, b)))


def unary_cases(count, max_bits):
    # One line per operand: a, then -a ~a bit_length bit_count hash float isqrt fits-int64, then
    # format(a, "b") ("-" when too long to store), format(a, "o"), format(a, "x"), str(a); and a
    # line per shift: a n a<<n a>>n.
    for _ in range(count):
        a = rand_int(max_bits)
        add("unary", h(a), outcome(lambda: -a), outcome(lambda: ~a), a.bit_length(), a.bit_count(), hash(a),
            outcome(lambda: float(a)), outcome(lambda: math.isqrt(a)), int(-(1 << 63) <= a < (1 << 63)),
            format(a, "b") if a.bit_length() <= 400 else "-", format(a, "o"), format(a, "x"), str(a))
        n = rng.choice([0, 1, 5, 63, 64, 65, 127, 128, 200, rng.randrange(0, 400), -1])
        add("shift", h(a), n, outcome(lambda: a << n), outcome(lambda: a >> n))


def pow_cases(count):
    for _ in range(count):
        a = rand_int(rng.choice([3, 10, 64, 130]))
        e = rng.randrange(0, 2 + 3000 // max(1, a.bit_length()))
        add("pow", h(a), h(e), outcome(lambda: a ** e, big=True))
    for _ in range(count):
        a, e, m = rand_int(300), rand_int(200), rand_int(rng.choice([8, 64, 70, 300]))
        if rng.random() < 0.05:
            m = 0
        if rng.random() < 0.1:
            m = rng.choice([1, -1])
        add("powmod", h(a), h(e), h(m), outcome(lambda: pow(a, e, m)))


def float_cases(count):
    for _ in range(count):
        kind = rng.random()
        if kind < 0.3:
            f = math.ldexp(rng.uniform(-1, 1), rng.randrange(-30, 1025))
        elif kind < 0.5:
            f = float(rand_int(1023)) if rng.random() < 0.5 else rng.choice([0.5, -0.5, 1.5, -2.5, 1e-300])
        else:
            f = rng.uniform(-1e6, 1e6)
        if math.isinf(f):
            f = 1e308
        add("fromfloat", f.hex(), h(int(f)))
        i = int(f) + rng.choice([-1, 0, 0, 1])
        if rng.random() < 0.2:
            f = rng.choice([math.inf, -math.inf, math.nan])
        add("cmpfloat", h(i), f.hex(), (i > f) - (i < f) if f == f else "nan")
    # Rounding edges of float(int): ties, ties with sticky bits, the overflow threshold.
    for k in (0, 1, 10, 900, 970, 971):
        for m in ((1 << 53) + 1, (1 << 53) + 3, (1 << 54) - 1, (1 << 53) - 1):
            for extra in (0, 1, -1):
                x = (m << k) + extra
                add("float", h(x), outcome(lambda: float(x)))
    for x in ((1 << 1024) - (1 << 970), (1 << 1024) - (1 << 970) - 1, (1 << 1024) - (1 << 971), 1 << 1024):
        add("float", h(x), outcome(lambda: float(x)))
        add("float", h(-x), outcome(lambda: float(-x)))
    # True division near overflow, subnormals and underflow.
    for _ in range(count):
        b = rand_int(rng.choice([60, 200, 1500]))
        if b == 0:
            b = 3
        diff = rng.choice([rng.randrange(-1080, -1020), rng.randrange(1015, 1030), rng.randrange(-60, 60)])
        a = rng.getrandbits(max(1, b.bit_length() + diff)) if b.bit_length() + diff > 0 else rng.randrange(0, 3)
        a = -a if rng.random() < 0.5 else a
        add("truediv", h(a), h(b), outcome(lambda: a / b))


def big_cases():
    # Karatsuba sizes (its threshold is 40 limbs = 2560 bits), balanced and unbalanced, and long
    # division with large quotients; results by hash to keep the file small.
    for abits, bbits in ((2600, 2600), (5200, 5100), (9000, 2700), (12000, 12000), (14000, 2800), (3000, 700)):
        for _ in range(2):
            a = rng.getrandbits(abits) * rng.choice([1, -1])
            b = rng.getrandbits(bbits) * rng.choice([1, -1])
            add("mul", h(a), h(b), outcome(lambda: a * b, big=True))
            add("divmod", h(a), h(b), outcome(lambda: divmod(a, b), big=True))
            add("sqr", h(a), outcome(lambda: a * a, big=True))
    for _ in range(4):
        a = (1 << rng.randrange(5000, 9000)) - 1
        b = (1 << rng.randrange(2600, 4000)) - 1
        add("mul", h(a), h(b), outcome(lambda: a * b, big=True))
    for _ in range(3):
        a = rng.getrandbits(8000)
        add("isqrt", h(a), outcome(lambda: math.isqrt(a), big=True))
    for base, e in ((10, 4299), (10, 4300), (7, 5000), (3, 20000), (-3, 12345), (2, 100000), (12345678901, 700)):
        add("pow", h(base), h(e), outcome(lambda: base ** e, big=True))
    for _ in range(3):
        g = rng.getrandbits(3000)
        a, b = g * rng.getrandbits(2000), g * rng.getrandbits(2500)
        add("gcd", h(a), h(b), outcome(lambda: math.gcd(a, b), big=True))


def parse_cases():
    texts = []
    for _ in range(300):
        x = rand_int(rng.choice([10, 64, 200, 2000]))
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randrange(2, 37)])
        b = 10 if base == 0 else base
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        y, out = abs(x), ""
        while y:
            out = digits[y % b] + out
            y //= b
        out = out or "0"
        if rng.random() < 0.3:
            out = out.upper()
        if rng.random() < 0.2 and len(out) > 2:
            i = rng.randrange(1, len(out))
            out = out[:i] + "_" + out[i:]
        if base in (0, 2, 8, 16) and rng.random() < 0.3:
            pb = rng.choice([2, 8, 16]) if base == 0 else base
            prefix = {2: "0b", 8: "0o", 16: "0x"}[pb]
            y, out2 = abs(x), ""
            while y:
                out2 = digits[y % pb] + out2
                y //= pb
            out = prefix + rng.choice(["", "_"]) + (out2 or "0")
        sign = "-" if x < 0 else rng.choice(["", "+"])
        texts.append((rng.choice(["", " ", "\t", "\u3000"]) + sign + out + rng.choice(["", " ", "\n", "\xa0"]), base))
    for t in ["0", "-0", "+0", "00", "0_0", "010", "0x", "0x_1f", "0X1F", "0b101", "0o17", "0_", "_1", "1_", "1__0",
              "- 1", "+-1", "", " ", "\u2003", "1\u200b", "1 2", "12\x00", "\u0661\u0662", "\uff11\uff12", "x",
              "\U0001d7ce\U0001d7cf", "1\u0661", "0b2", "0b1", "z", "Z", "9" * 300, "é" * 300, "\x1c1", "1\x1f",
              "\x0b7\x0c", "0x1f", "0O7", "0B1", "07", "٠٠", "0x_", "0b_1", "0_7", "1_000_000", "\x85-5\u2029"]:
        for base in (0, 10, 16, 2, 8, 36):
            texts.append((t, base))
    # Long texts only where they matter: the digit limit counts digits, not underscores, spaces or
    # signs, and applies to every base that is not a power of two.
    for t in ["1" * 4300, "1" * 4301, "-" + "1_" * 4300 + "1", " +" + "1" * 4300 + " ", "0" * 5000, "1" * 5000 + "x",
              "f" * 5000, "0x" + "f" * 5000, "z" * 4301, "1" * 5000 + " x"]:
        for base in (0, 10, 16, 36):
            texts.append((t, base))
    for base in (1, -1, 37, 100):
        texts.append(("1", base))
    for t, base in texts:
        try:
            r = h(int(t, base))
            if len(r) > 3000:
                r = "#" + str(hash(int(t, base)))
        except ValueError as e:
            msg = str(e)
            if msg.startswith("invalid literal"):
                r = "!invalid_literal:" + s_hex(msg)
            elif msg.startswith("int() base"):
                r = "!invalid_base:" + s_hex(msg)
            elif msg.startswith("Exceeds the limit"):
                r = "!digit_limit:" + s_hex(msg)
            else:
                sys.exit(f"unexpected int() error {msg!r}")
        add("parse", base, s_runs(t), s_hex(repr(t)[:250]) if r.startswith("!invalid_literal") else "-", r)


def main():
    binary_cases(600, 256)
    binary_cases(12, 1200)
    unary_cases(420, 256)
    unary_cases(15, 3000)
    pow_cases(250)
    float_cases(400)
    big_cases()
    parse_cases()
    # Decimal string limit boundaries.
    for x in (10 ** 4299, -(10 ** 4299), 10 ** 4300, 10 ** 4300 - 1, 1 << 14300, 1 << 14280, 1 << 14283):
        try:
            r = str(x)
        except ValueError as e:
            r = "!" + ERRORS[(type(e).__name__, str(e))]
        add("str", h(x), r)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "big_int_cases.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} cases, {os.path.getsize(path)} bytes -> {path}")


if __name__ == "__main__":
    main()
