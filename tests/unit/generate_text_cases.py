#!/usr/bin/env python3.12
"""Writes tests/unit/data/text_cases.txt: str method cases whose expected values come from python3.12.

tests/unit/text_test.cpp replays every line against coil's text algorithms
(include/coil/runtime/text/). The inputs are hand-picked edge cases plus seeded random strings
over an alphabet chosen to hit the hard parts (final sigma, ß, Turkish dotted I, titlecase
digraphs, combining marks, CJK, emoji, every kind of whitespace and line break, quotes and
control characters, lone surrogates), plus strings made of consecutive code points that walk the
Unicode tables. Every expected value is what CPython answers.

Format: one case per line, fields separated by tabs: the operation, its arguments, "->", the
results. A field starts with its kind: s (a string, see below), i (an integer), n (None),
t/f (a bool), b (bytes as hex), e (an error: "eValueError:empty separator", or for UTF-8 decoding
"eUnicodeDecodeError:start:end:reason"). In strings, a backslash starts an escape: "\\\\" is a
backslash and "\\hex;" is that code point (control characters, surrogates, non-printable
characters and a trailing space are written so); everything else is literal UTF-8.

Usage:
  python3.12 tests/unit/generate_text_cases.py            # rewrite the data file
  python3.12 tests/unit/generate_text_cases.py --check    # exit 1 if the committed file is stale
"""
import _sre
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "text_cases.txt")


def esc(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif cp < 0x20 or cp == 0x7F or 0xD800 <= cp <= 0xDFFF or (cp >= 0x80 and not ch.isprintable()):
            out.append("\\%x;" % cp)
        else:
            out.append(ch)
    if out and out[-1] == " ":
        out[-1] = "\\20;"  # no trailing whitespace in the data file
    return "".join(out)


def field(v):
    if v is None:
        return "n"
    if v is True:
        return "t"
    if v is False:
        return "f"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, str):
        return "s" + esc(v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, BaseException):
        if isinstance(v, UnicodeDecodeError):
            return "eUnicodeDecodeError:%d:%d:%s" % (v.start, v.end, v.reason)
        return "e%s:%s" % (type(v).__name__, v)
    raise TypeError(v)


class Cases:
    def __init__(self):
        self.lines = []

    def add(self, op, args, call):
        try:
            result = call()
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            result = [error]
        if not isinstance(result, list):
            result = [result]
        self.lines.append("\t".join([op] + [field(a) for a in args] + ["->"] + [field(r) for r in result]))


ALPHABET = (
    list("abcxyzABCXYZ") * 3 + list("0123456789") + list(" " * 6) + list(",.;:-_'\"\\/!?") +
    ["\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x00", "\x7f", "\x85", "\xa0",
     "\u2028", "\u2029", "\u3000", "\u2003", "\u1680",
     "é", "É", "ß", "ẞ", "Σ", "σ", "ς", "Α", "ω", "İ", "ı", "i\u0307", "ǅ", "ǆ", "Ǆ", "ﬁ", "ŉ", "ΐ", "\u0345",
     "\u0301", "\u0308", "中", "文", "字", "😀", "👍🏽", "\U0001d400", "٣", "²", "½", "Ⅻ", "ⅷ", "\u200b", "\ue000",
     "\U000e0001", "\ud800", "\udfff", "\u00ad", "'", "ǈ", "ᾈ", "Ω", "K", "ſ"]
)


def random_string(rng, max_length=12):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, max_length)))


def substrings(rng, s, k):
    picks = []
    for _ in range(k):
        if s and rng.random() < 0.7:
            a = rng.randint(0, len(s))
            b = rng.randint(a, min(len(s), a + 4))
            picks.append(s[a:b])
        else:
            picks.append(random_string(rng, 3))
    return picks


def index_args(rng, length):
    choices = [None, 0, 1, 2, -1, -2, -3, length - 1, length, length + 1, -length, -length - 1, 100, -100]
    return rng.choice(choices)


EDGE_STRINGS = [
    "", " ", "  ", "a", "ab", "abc", "aaa", "aaaa", "  a  b  ", "a b c", ",", ",,", "a,b,,c,", ",a,", "a, b , c",
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000",
    "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028l11\u2029l12\n",
    "\n", "\r\n", "\n\r", "\r\r\n\n", "a\n\nb\n", "x\x1fy",
    "ΟΔΟΣ", "ΣΑΣ", "Σ", "aΣ", "aΣb", "aΣ.", "a'Σ", "a'Σ'", "Σa", "ΑΣ\u0301", "ΑΣ\u0301Α", "ΑΣ'Α", "Σ.Σ", "ΑΣ ΑΣ",
    "'Σ", "ΣΣ", "ΑΣΣ", "ΑΣ\u0345", "ᾼΣ",
    "straße", "STRASSE", "ẞ", "İstanbul", "ıi", "i̇", "ǅungla", "ǆ ǅ Ǆ", "ﬁnance", "ŉ", "ΐ", "ᾳ", "ᾼ",
    "hello world", "Hello World", "HELLO WORLD", "hello World", "hELLO", "they're bill's friends",
    "a\u0301b", "e\u0301\u0301", "中文字符", "日本語のテキスト", "😀😃😄", "👍🏽 ok", "𝐀𝐁𝐂", "٣٤٥", "²³", "½¼", "Ⅻⅷ",
    "_id", "id_1", "1id", "ℕ", "℘x", "x·y", "a-b", "Éclair", "école", "\u200b", "\ue000", "\U0010ffff",
    "\ud800", "a\udfffb", "\x00\x01\x7f", "tab\there", "\t\tx\ty\n\tz", "a\r\tb", "012345\t7",
    "it's", 'say "hi"', "both ' and \"", "back\\slash", "+42", "-42", "42", "-", "+", "--1", "ab+1",
]


def edge_cases(c, rng):
    """Every edge string through the argument-free methods; the methods with arguments through a
    few combinations each, drawn from the edge arguments."""
    for s in EDGE_STRINGS:
        c.add("measure", [s], lambda: [len(s), s.isascii()])
        for op in ("upper", "lower", "casefold", "capitalize", "title", "swapcase", "repr", "ascii"):
            c.add(op, [s], lambda: repr(s) if op == "repr" else ascii(s) if op == "ascii" else getattr(s, op)())
        for op in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper", "islower",
                   "istitle", "isprintable", "isascii", "isidentifier"):
            c.add(op, [s], lambda: getattr(s, op)())
        for op in ("strip", "lstrip", "rstrip"):
            c.add(op, [s, None], lambda: getattr(s, op)())
            chars = rng.choice(("", " ", "a", "ab", " ,", "Σ", "aΣ", "\u3000 ", "x😀"))
            c.add(op, [s, chars], lambda: getattr(s, op)(chars))
        c.add("splitlines", [s, False], lambda: s.splitlines())
        c.add("splitlines", [s, True], lambda: s.splitlines(True))
        seps = (None, ",", " ", "a", "aa", "", "\n", "Σ", ", ")
        combos = [(sep, None) for sep in seps] + [(rng.choice(seps), rng.choice((-1, 0, 1, 2))) for _ in range(4)]
        for sep, maxsplit in combos:
            args = [s, sep, maxsplit]
            if maxsplit is None:
                c.add("split", args, lambda: s.split(sep))
                c.add("rsplit", args, lambda: s.rsplit(sep))
            else:
                c.add("split", args, lambda: s.split(sep, maxsplit))
                c.add("rsplit", args, lambda: s.rsplit(sep, maxsplit))
        for sep in rng.sample((",", "a", "aa", "", "Σ", "\n"), 3):
            c.add("partition", [s, sep], lambda: list(s.partition(sep)))
            c.add("rpartition", [s, sep], lambda: list(s.rpartition(sep)))
        for op in ("center", "ljust", "rjust"):
            for _ in range(2):
                width = rng.choice((-1, 0, len(s), len(s) + 1, len(s) + 2, len(s) + 5))
                fill = rng.choice((" ", "*", "é", "😀"))
                c.add(op, [s, width, fill], lambda: getattr(s, op)(width, fill))
        for width in (0, len(s) + 1, len(s) + 3):
            c.add("zfill", [s, width], lambda: s.zfill(width))
        c.add("expandtabs", [s, None], lambda: s.expandtabs())
        tabsize = rng.choice((-1, 0, 1, 4))
        c.add("expandtabs", [s, tabsize], lambda: s.expandtabs(tabsize))
        subs = ("", "a", "aa", "Σ", " ", "ab", "😀", "\n")
        ranges = ((None, None), (0, None), (1, None), (-1, None), (None, -1), (1, 2), (2, 1), (len(s), None),
                  (len(s) + 1, None), (-100, 100), (0, 0))
        for op in ("find", "rfind", "count", "startswith", "endswith", "index"):
            for _ in range(3):
                sub = rng.choice(subs)
                start, end = rng.choice(ranges)
                c.add(op, [s, sub, start, end], lambda: getattr(s, op)(sub, start, end))
        for sub in rng.sample(subs, 3):
            c.add("contains", [s, sub], lambda: sub in s)
            c.add("removeprefix", [s, sub], lambda: s.removeprefix(sub))
            c.add("removesuffix", [s, sub], lambda: s.removesuffix(sub))
        for _ in range(3):
            old, new = rng.choice((("", "-"), ("a", ""), ("a", "bb"), ("aa", "x"), ("Σ", "σ"), (" ", "_"), ("", "")))
            count = rng.choice((None, -1, 0, 1, 2, 100))
            c.add("replace", [s, old, new, count],
                  lambda: s.replace(old, new) if count is None else s.replace(old, new, count))


def random_cases(c, rng, n):
    for _ in range(n):
        s = random_string(rng)
        kind = rng.randrange(9)
        if kind == 0:
            for op in ("upper", "lower", "casefold", "capitalize", "title", "swapcase"):
                c.add(op, [s], lambda: getattr(s, op)())
        elif kind == 1:
            c.add("repr", [s], lambda: repr(s))
            c.add("ascii", [s], lambda: ascii(s))
            c.add("measure", [s], lambda: [len(s), s.isascii()])
            for _ in range(3):
                i = rng.randint(0, len(s))
                j = rng.randint(i, len(s))
                c.add("slice", [s, i, j], lambda: s[i:j])
            # Extended slices, given as CPython adjusts them: start, number of items, step.
            for _ in range(2):
                bounds = slice(rng.choice([None, 0, 1, -1, -3, 5]), rng.choice([None, 0, 2, -1, -2, 100]),
                               rng.choice([-3, -2, -1, 1, 2, 3]))
                start, stop, step = bounds.indices(len(s))
                count = len(range(start, stop, step))
                c.add("xslice", [s, start, count, step], lambda: s[bounds])
        elif kind == 2:
            for sub in substrings(rng, s, 3):
                start, end = index_args(rng, len(s)), index_args(rng, len(s))
                for op in ("find", "rfind", "count", "startswith", "endswith"):
                    c.add(op, [s, sub, start, end], lambda: getattr(s, op)(sub, start, end))
                c.add("contains", [s, sub], lambda: sub in s)
        elif kind == 3:
            maxsplit = rng.choice([-1, 0, 1, 2, 3])
            sep = rng.choice([None, None] + substrings(rng, s, 2))
            c.add("split", [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
            c.add("rsplit", [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
            keepends = rng.random() < 0.5
            c.add("splitlines", [s, keepends], lambda: s.splitlines(keepends))
            if sep:
                c.add("partition", [s, sep], lambda: list(s.partition(sep)))
                c.add("rpartition", [s, sep], lambda: list(s.rpartition(sep)))
        elif kind == 4:
            chars = rng.choice([None, random_string(rng, 3)])
            for op in ("strip", "lstrip", "rstrip"):
                c.add(op, [s, chars], lambda: getattr(s, op)(chars))
        elif kind == 5:
            width = rng.randint(-2, len(s) + 6)
            fill = rng.choice([" ", "-", "ß", "中", "😀"])
            for op in ("center", "ljust", "rjust"):
                c.add(op, [s, width, fill], lambda: getattr(s, op)(width, fill))
            c.add("zfill", [s, width], lambda: s.zfill(width))
            tabsize = rng.choice([0, 1, 2, 3, 4, 8])
            c.add("expandtabs", [s, tabsize], lambda: s.expandtabs(tabsize))
        elif kind == 6:
            for op in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper", "islower",
                       "istitle", "isprintable", "isidentifier"):
                t = rng.choice([s, s.strip(), s[:2], s.upper(), s.title(), s.lower()])
                c.add(op, [t], lambda: getattr(t, op)())
        elif kind == 7:
            old = rng.choice(substrings(rng, s, 1) + [""])
            new = random_string(rng, 3)
            count = rng.choice([None, -1, 0, 1, 2])
            c.add("replace", [s, old, new, count],
                  lambda: s.replace(old, new) if count is None else s.replace(old, new, count))
        else:
            t = rng.choice(["".join(rng.choice(" \t\n\u3000\x85ab") for _ in range(rng.randint(0, 8))), s])
            maxsplit = rng.choice([-1, 0, 1, 2])
            c.add("split", [t, None, maxsplit], lambda: t.split(None, maxsplit))
            c.add("rsplit", [t, None, maxsplit], lambda: t.rsplit(None, maxsplit))
            c.add("strip", [t, None], lambda: t.strip())


def flag_mask(ch):
    tests = (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isprintable(),
             ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier(), ("a" + ch).isidentifier(), ch.isalnum())
    return sum(1 << i for i, t in enumerate(tests) if t)


def table_cases(c, rng):
    """Strings of consecutive code points: every chunk that holds a cased or numeric character, a
    sample of the others; each checked through the case methods and per-character flags."""
    chunk = 32
    interesting = []
    others = []
    for start in range(0, 0x110000, chunk):
        chars = [chr(cp) for cp in range(start, start + chunk)]
        if any(ch.upper() != ch or ch.lower() != ch or ch.casefold() != ch or ch.isnumeric() for ch in chars):
            interesting.append(start)
        else:
            others.append(start)
    rng.shuffle(others)
    starts = sorted(interesting + others[:40])
    for start in starts:
        s = "".join(chr(cp) for cp in range(start, start + chunk))
        c.add("charflags", [s], lambda: [flag_mask(ch) for ch in s])
        if start in interesting:
            # upper and lower map each character on its own (but Σ, which lower() maps by its
            # context: the run checks that rule too). The other mappings are checked where they
            # differ: casefold from lower, titlecase from uppercase (with spaces between the
            # characters, so that each one starts a word), the simple lowercase from lower;
            # swapcase on a sample.
            c.add("upper", [s], lambda: s.upper())
            c.add("lower", [s], lambda: s.lower())
            if s.casefold() != s.lower():
                c.add("casefold", [s], lambda: s.casefold())
            spaced = " ".join(s)
            if spaced.title() != spaced.upper():
                c.add("title", [spaced], lambda: spaced.title())
            simple = "".join(chr(_sre.unicode_tolower(ord(ch))) for ch in s)
            if simple != s.lower():
                c.add("simplelower", [s], lambda: simple)
            if rng.random() < 0.25:
                c.add("swapcase", [s], lambda: s.swapcase())
        decimals = "".join(ch for ch in s if ch.isdecimal())
        if decimals:
            c.add("decimal", [decimals], lambda: [int(ch) for ch in decimals])


def decode_cases(c, rng):
    samples = [b"", b"abc", "é中😀".encode(), b"\xff", b"\xc0\x80", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xe0\x80\x80",
               b"\xe0\xa0\x80", b"\xed\x9f\xbf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xee\x80\x80", b"\xef\xbf\xbf",
               b"\xf0\x80\x80\x80", b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80",
               b"\xf8", b"\x80", b"\xbf", b"\xe4\xb8", b"\xe4\xb8x", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"abc\xe4\xb8",
               b"ok\x80ok", b"\xf0\x9f", b"\xf0"]
    for b in samples:
        c.add("decode", [b], lambda: b.decode("utf-8"))
    pieces = [b"a", b"\x80", b"\xbf", b"\xc3", b"\xa9", b"\xe4", b"\xb8", b"\xad", b"\xed", b"\xa0", b"\xf0",
              b"\x9f", b"\x98", b"\x80", b"\xf4", b"\x90", b"\xff", "é".encode(), "😀".encode()]
    for _ in range(300):
        b = b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        c.add("decode", [b], lambda: b.decode("utf-8"))


def int_cases(c, rng):
    """int(s) of digits from many scripts among whitespace of every kind: what the ASCII rewrite
    before int()'s parser must produce."""
    digits = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "०१२३४५६७८९" + "０１２３４５６７８９" + "𝟎𝟏𝟐𝟑" + "߀߁߂"
    spaces = [" ", "\t", "\n", "\x0b", "\x1c", "\x85", "\xa0", "\u2003", "\u3000", "\u2028"]
    others = ["²", "½", "Ⅻ", "a", "\x7f", "é", "中"]
    def int_or_none(s):
        try:
            return int(s)
        except ValueError:
            return None  # the parser rejects the text (the message is the VM's business)

    for _ in range(300):
        body = "".join(rng.choice(digits) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.15 and body:
            i = rng.randrange(len(body))
            body = body[:i] + rng.choice(others + spaces) + body[i + 1:]
        sign = rng.choice(["", "", "-", "+", "−"])
        s = ("".join(rng.choice(spaces) for _ in range(rng.randint(0, 2))) + sign + body +
             "".join(rng.choice(spaces) for _ in range(rng.randint(0, 2))))
        c.add("int", [s], lambda: int_or_none(s))


def render():
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"generate_text_cases.py needs python3.12, not {sys.version.split()[0]}")
    rng = random.Random(20240312)
    c = Cases()
    edge_cases(c, rng)
    random_cases(c, rng, 1250)
    table_cases(c, rng)
    decode_cases(c, rng)
    int_cases(c, rng)
    header = ["# GENERATED by tests/unit/generate_text_cases.py from python3.12; do not edit.",
              "# Replayed by tests/unit/text_test.cpp; the format is in the generator's docstring."]
    return "\n".join(header + c.lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        try:
            with open(DATA, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.exit(f"{os.path.relpath(DATA)} is stale: run python3.12 {os.path.relpath(__file__)}")
        print("text_cases.txt matches python3.12")
        return
    os.makedirs(os.path.dirname(DATA), exist_ok=True)
    with open(DATA, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(DATA)}: {text.count(chr(10)) - 2} cases, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
