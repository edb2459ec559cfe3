#!/usr/bin/env python3.12
"""Generates include/coil/compiler/impl/cpython_interned_names.inc: the name-like strings CPython 3.12
has already interned when it starts compiling a script run as `python3.12 script.py`.

Why coil needs them: CPython turns a set display of constants into a frozenset constant and files
it in its constant cache, which rebuilds the frozenset from its own iteration order. When the code
object is made, name-like string constants (ASCII letters, digits and underscores) are interned;
if one of the frozenset's strings is replaced by an equal string interned earlier (an identifier
of the script, or one of these), the frozenset is rebuilt once more. The rebuilds decide the
frozenset's layout, and so the order the set prints in (see compiler/impl/constant_sets.ipp).

How the list is found, from CPython's behaviour only: a pool of candidates (every identifier and
name-like string literal in the 3.12 standard library sources, the attributes of the builtins and
of the modules loaded at start-up, and every name of one or two characters) is checked in a fresh
`python3.12 checker.py` run as the conformance cases are run (PYTHONHASHSEED=0, only PATH in the
environment): a candidate is interned already when sys.intern() of a fresh copy returns another
object. The checker's own identifiers start with `zq_`, which no candidate does.

Usage:
  python3.12 tests/generate_interned_names.py            # rewrite the table in place
  python3.12 tests/generate_interned_names.py --check    # exit 1 if the committed table is stale
"""
import builtins
import io
import os
import string
import subprocess
import sys
import tempfile
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "include", "coil", "compiler", "impl", "cpython_interned_names.inc")

CHECKER = """import sys
zq_out = []
for zq_line in open(sys.argv[1]):
    zq_w = zq_line.strip()
    zq_f = ''.join(list(zq_w))
    if sys.intern(zq_f) is not zq_f:
        zq_out.append(zq_w)
print(' '.join(zq_out))
"""


def name_like(text):
    return text != "" and text.isascii() and all(c.isalnum() or c == "_" for c in text)


def candidates():
    pool = set()
    root = os.path.dirname(os.__file__)
    for directory, _, files in os.walk(root):
        parts = directory.split(os.sep)
        if "site-packages" in parts or "test" in parts or "tests" in parts:
            continue
        for name in files:
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(directory, name), "rb") as handle:
                    source = handle.read()
                for token in tokenize.tokenize(io.BytesIO(source).readline):
                    if token.type == tokenize.NAME:
                        pool.add(token.string)
                    elif token.type == tokenize.STRING and len(token.string) < 48:
                        try:
                            value = eval(token.string)  # a literal from the standard library's own sources
                        except Exception:
                            continue
                        if isinstance(value, str):
                            pool.add(value)
            except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, OSError):
                continue
    for value in list(vars(builtins).values()):
        try:
            pool.update(dir(value))
        except Exception:
            pass
    for module in list(sys.modules.values()):
        try:
            pool.update(dir(module))
        except Exception:
            pass
    alphabet = string.ascii_letters + string.digits + "_"
    for a in alphabet:
        pool.add(a)
        for b in alphabet:
            pool.add(a + b)
    return sorted(name for name in pool if name_like(name) and not name.startswith("zq_"))


def interned_names():
    with tempfile.TemporaryDirectory() as directory:
        pool_path = os.path.join(directory, "pool.txt")
        with open(pool_path, "w", encoding="ascii") as handle:
            handle.write("\n".join(candidates()) + "\n")
        checker_path = os.path.join(directory, "checker.py")
        with open(checker_path, "w", encoding="ascii") as handle:
            handle.write(CHECKER)
        run = subprocess.run([sys.executable, "checker.py", "pool.txt"], cwd=directory, capture_output=True, check=True,
                             env={"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")})
    return sorted(run.stdout.decode("ascii").split())


def render_string_table(comment_lines, array_name, names):
    """A C++ array of string_views over `names`, wrapped at 118 columns, after `comment_lines`
    (shared with the other generated name tables, e.g. generate_stdlib_module_names.py)."""
    lines = ["// " + comment for comment in comment_lines]
    lines.append("inline constexpr std::string_view " + array_name + "[] = {")
    line = "   "
    for name in names:
        item = ' "' + name + '",'
        if len(line) + len(item) > 118:
            lines.append(line)
            line = "   "
        line += item
    if line.strip():
        lines.append(line)
    lines.append("};")
    return "\n".join(lines) + "\n"


def render(names):
    return render_string_table([
        "Generated by tests/generate_interned_names.py from CPython 3.12's behaviour; do not edit.",
        "The name-like strings CPython 3.12 has interned when it starts compiling a script, sorted",
        "(byte order) for binary search. Used by compiler/impl/constant_sets.ipp.",
    ], "cpython_interned_names", names)


def main():
    if sys.version_info[:2] != (3, 12):
        print("generate_interned_names: run this with python3.12", file=sys.stderr)
        return 2
    text = render(interned_names())
    if "--check" in sys.argv[1:]:
        current = open(OUTPUT, encoding="ascii").read() if os.path.exists(OUTPUT) else None
        if current != text:
            print("cpython_interned_names.inc is stale: rerun tests/generate_interned_names.py", file=sys.stderr)
            return 1
        return 0
    with open(OUTPUT, "w", encoding="ascii", newline="") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
